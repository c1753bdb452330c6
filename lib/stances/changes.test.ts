import { describe, expect, it } from 'vitest';
import { buildChanges, cellMoved, defaultChangesStart } from './changes';
import { stanceDataOf } from './stance-data';
import { position, testData, testInput, testPositions } from './test-data';

const data = testData();
const shown = { parties: data.parties, issues: data.issues };

describe('the changes view', () => {
  it('opens at the last event before the latest change, so it shows the latest round of movement', () => {
    expect(defaultChangesStart(data, shown, '2025-12-31')).toMatchObject({
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

  it('opens before the latest change, not before a later restatement of a stance already held', () => {
    const input = testInput([
      ...testPositions(),
      position('russia', 'donbas', '2025-12-20', 'strongly-supports'),
    ]);
    input.events.push({
      id: 'talks-3',
      date: '2025-12-16',
      title: 'Third talks',
      description: 'Talks.',
      parties: [],
      sources: ['report'],
    });
    const restated = stanceDataOf(input);
    const changes = buildChanges(restated, shown, { from: null, asOf: null });
    expect(changes).toMatchObject({ from: '2025-12-10', fromEvent: { id: 'talks-2' } });
    expect(changes.changes.map((c) => `${c.party}:${c.issue}`)).toEqual([
      'united-states:donbas',
      'ukraine:nato',
    ]);
  });

  it('opens before the latest change among the shown cells', () => {
    const russia = { parties: data.parties.filter((p) => p.id === 'russia'), issues: data.issues };
    const changes = buildChanges(data, russia, { from: null, asOf: null });
    expect(changes).toMatchObject({ from: '2025-12-02', fromEvent: { id: 'talks-1' } });
    expect(changes.changes.map((c) => `${c.party}:${c.issue}`)).toEqual(['russia:donbas']);
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

  it('tells whether one cell moved in the range, whether or not the view shows it', () => {
    const russia = { parties: data.parties.filter((p) => p.id === 'russia'), issues: data.issues };
    const changes = buildChanges(data, russia, { from: null, asOf: null });
    expect(cellMoved(data, changes, { party: 'russia', issue: 'donbas' })).toBe(true);
    expect(cellMoved(data, changes, { party: 'russia', issue: 'nato' })).toBe(false);
    // Not among the shown parties, and moved in the range all the same.
    expect(cellMoved(data, changes, { party: 'united-states', issue: 'donbas' })).toBe(true);
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
