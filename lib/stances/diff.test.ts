import { describe, expect, it } from 'vitest';
import type { Stance } from '../schemas/position';
import { type CellChange, diffCells } from './diff';
import { historyByCell } from './position-at';

const p = (id: string, party: string, issue: string, date: string, stance: Stance) => ({
  id,
  party,
  issue,
  date,
  stance,
});

const histories = historyByCell([
  p('us-draft', 'united-states', 'donbas', '2025-11-20', 'strongly-supports'),
  p('us-zone', 'united-states', 'donbas', '2025-12-11', 'supports'),
  p('ua-nato-1', 'ukraine', 'nato', '2025-12-03', 'strongly-supports'),
  p('ua-nato-2', 'ukraine', 'nato', '2025-12-14', 'mixed'),
  p('ua-nato-3', 'ukraine', 'nato', '2025-12-24', 'supports'),
  p('ru-donbas-1', 'russia', 'donbas', '2025-11-27', 'strongly-supports'),
  p('ru-donbas-2', 'russia', 'donbas', '2025-12-04', 'strongly-supports'),
  p('same-day-a', 'eu', 'donbas', '2025-12-05', 'opposes'),
  p('same-day-b', 'eu', 'donbas', '2025-12-05', 'mixed'),
]);
const parties = ['russia', 'ukraine', 'united-states', 'eu'];
const ids = (changes: CellChange<ReturnType<typeof p>>[]) =>
  changes.map((c) => `${c.party}:${c.issue} ${c.before?.id ?? 'none'}→${c.after?.id ?? 'none'}`);

describe('diffCells', () => {
  it('lists the US move on Donbas between 20 November and 11 December', () => {
    expect(ids(diffCells(histories, ['united-states'], ['donbas'], '2025-11-20', '2025-12-11'))).toEqual([
      'united-states:donbas us-draft→us-zone',
    ]);
  });

  it('lists Ukraine on NATO between 14 and 24 December', () => {
    expect(ids(diffCells(histories, ['ukraine'], ['nato'], '2025-12-14', '2025-12-24'))).toEqual([
      'ukraine:nato ua-nato-2→ua-nato-3',
    ]);
  });

  it('counts a first statement as a change and ignores a restatement of the same stance', () => {
    expect(ids(diffCells(histories, parties, ['donbas'], '2025-11-21', '2025-12-31'))).toEqual([
      'russia:donbas none→ru-donbas-2',
      'united-states:donbas us-draft→us-zone',
      'eu:donbas none→same-day-b',
    ]);
  });

  it('uses the same-day tie rule: the last report of the day is the stance in force', () => {
    const [change] = diffCells(histories, ['eu'], ['donbas'], '2025-12-01', '2025-12-05');
    expect(change?.after?.id).toBe('same-day-b');
  });

  it('accepts the dates in either order and finds nothing between equal dates', () => {
    expect(ids(diffCells(histories, ['ukraine'], ['nato'], '2025-12-24', '2025-12-14'))).toHaveLength(1);
    expect(diffCells(histories, parties, ['donbas', 'nato'], '2025-12-10', '2025-12-10')).toEqual([]);
  });
});
