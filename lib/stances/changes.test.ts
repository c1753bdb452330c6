import { describe, expect, it } from 'vitest';
import { buildChanges, defaultChangesStart } from './changes';
import { testData } from './test-data';

const data = testData();
const shown = { parties: data.parties, issues: data.issues };

describe('the changes view', () => {
  it('opens at the last event before the latest change, so it shows the latest round of movement', () => {
    expect(defaultChangesStart(data, '2025-12-31')).toMatchObject({
      from: '2025-12-10',
      event: { id: 'talks-2' },
    });
    const changes = buildChanges(data, shown, { from: null, asOf: null });
    expect(changes).toMatchObject({ from: '2025-12-10', to: '2025-12-31', fromIsDefault: true });
    expect(changes.changes.map((c) => `${c.party}:${c.issue}`)).toEqual([
      'united-states:donbas',
      'ukraine:nato',
    ]);
  });

  it('lists a cell that gained its first stance as changed, and keeps a chosen start', () => {
    const changes = buildChanges(data, shown, { from: '2025-11-30', asOf: '2025-12-05' });
    expect(changes.fromIsDefault).toBe(false);
    expect(changes.changes.map((c) => `${c.party}:${c.issue}`)).toEqual([
      'russia:donbas',
      'ukraine:donbas',
      'russia:nato',
      'ukraine:gas',
    ]);
  });
});

describe('a cell’s evidence', () => {
  it('lists the reports read and set aside up to its date, newest first, with their reasons', async () => {
    const { buildCellEvidence } = await import('./cell-evidence');
    const cell = buildCellEvidence(data, { party: 'russia', issue: 'gas' }, '2025-12-31');
    expect(cell?.current).toBeUndefined();
    expect(cell?.setAside.map((r) => [r.quote, r.reason, r.rule?.id])).toEqual([
      ['We will see.', 'The words take no side.', 'quote-only'],
    ]);
    expect(buildCellEvidence(data, { party: 'russia', issue: 'gas' }, '2025-12-01')?.setAside).toEqual([]);
  });
});
