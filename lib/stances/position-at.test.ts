import { describe, expect, it } from 'vitest';
import type { Position, Stance } from '../schemas/position';
import { historyByCell, positionAt } from './position-at';

function position(
  id: string,
  date: string,
  stance: Stance,
  party = 'united-states',
  issue = 'donbas',
): Position {
  return {
    id,
    party,
    issue,
    date,
    stance,
    basis: 'stated',
    rule: 'quote-only',
    rationale: 'From the quote.',
    summary: id,
    evidence: [{ quote: 'q', quoteKind: 'verbatim', speaker: 's', source: 'src', date }],
  };
}

describe('positionAt', () => {
  const history = [
    position('draft', '2025-11-20', 'strongly-supports'),
    position('free-zone', '2025-12-11', 'mixed'),
  ];

  it('returns the latest stance known on the as-of date', () => {
    expect(positionAt(history, '2025-12-01')?.current.id).toBe('draft');
    expect(positionAt(history, '2025-12-11')?.current.id).toBe('free-zone');
  });

  it('uses the latest position when no date is given', () => {
    expect(positionAt(history, undefined)?.current.id).toBe('free-zone');
  });

  it('is "no stated position" before the first statement', () => {
    expect(positionAt(history, '2025-11-19')).toBeUndefined();
    expect(positionAt([], undefined)).toBeUndefined();
  });

  it('lets the last of several same-day positions win and reports the ones that disagree', () => {
    const sameDay = [
      position('first-report', '2025-12-05', 'opposes'),
      position('second-report', '2025-12-05', 'supports'),
      position('third-agrees', '2025-12-05', 'supports'),
    ];
    const state = positionAt(sameDay, '2025-12-31');
    expect(state?.current.id).toBe('third-agrees');
    expect(state?.sameDayConflicts.map((p) => p.id)).toEqual(['first-report']);
  });

  it('reports no conflict when an earlier day disagrees: that is a change, not a conflict', () => {
    expect(positionAt(history, undefined)?.sameDayConflicts).toEqual([]);
  });
});

describe('historyByCell', () => {
  it('groups by party and issue and sorts each cell by date, keeping file order within a day', () => {
    const cells = historyByCell([
      position('late', '2025-12-24', 'mixed'),
      position('a', '2025-11-20', 'opposes'),
      position('b', '2025-11-20', 'supports'),
      position('russia', '2025-12-04', 'strongly-supports', 'russia'),
    ]);
    expect(cells.get('united-states:donbas')?.map((p) => p.id)).toEqual(['a', 'b', 'late']);
    expect(cells.get('russia:donbas')?.map((p) => p.id)).toEqual(['russia']);
  });
});
