import { describe, expect, it } from 'vitest';
import { compareIssue, pairAgreement, sortByDivergence } from './compare';

describe('compareIssue', () => {
  it('agrees when every known stance is the same', () => {
    expect(compareIssue(['supports', 'supports'])).toEqual({
      level: 'agree',
      distance: 0,
      known: 2,
      total: 2,
    });
  });

  it('is partly when the stances are one step apart', () => {
    expect(compareIssue(['supports', 'strongly-supports']).level).toBe('partly');
  });

  it('diverges at two steps or more, measured between the two furthest parties', () => {
    expect(compareIssue(['strongly-opposes', 'opposes', 'strongly-supports'])).toEqual({
      level: 'diverge',
      distance: 4,
      known: 3,
      total: 3,
    });
  });

  it('ignores parties with no stated position, and is unknown with fewer than two known', () => {
    expect(compareIssue(['opposes', undefined, 'supports'])).toEqual({
      level: 'diverge',
      distance: 2,
      known: 2,
      total: 3,
    });
    expect(compareIssue(['opposes', undefined])).toEqual({
      level: 'unknown',
      distance: null,
      known: 1,
      total: 2,
    });
  });
});

describe('pairAgreement', () => {
  it('scores 100 for identical stances and 0 for opposite ends', () => {
    expect(pairAgreement([['supports', 'supports']])).toEqual({ score: 100, sharedIssues: 1 });
    expect(pairAgreement([['strongly-opposes', 'strongly-supports']])).toEqual({ score: 0, sharedIssues: 1 });
  });

  it('averages over the shared issues only and says how many there were', () => {
    expect(
      pairAgreement([
        ['supports', 'supports'],
        ['opposes', 'supports'],
        ['supports', undefined],
      ]),
    ).toEqual({ score: 75, sharedIssues: 2 });
  });

  it('has no score when the parties share no issue', () => {
    expect(pairAgreement([[undefined, 'supports']])).toEqual({ score: null, sharedIssues: 0 });
  });
});

describe('sortByDivergence', () => {
  it('puts the widest gaps first, more-known issues before less-known, and uncomparable issues last', () => {
    const comparisons = new Map([
      ['gas', compareIssue(['supports', undefined])],
      ['nato', compareIssue(['strongly-opposes', 'strongly-supports'])],
      ['assets', compareIssue(['opposes', 'supports'])],
      ['donbas', compareIssue(['opposes', 'supports', 'mixed'])],
      ['leverage', compareIssue(['supports', 'supports'])],
    ]);
    expect(sortByDivergence(['gas', 'leverage', 'assets', 'nato', 'donbas'], comparisons)).toEqual([
      'nato',
      'donbas',
      'assets',
      'leverage',
      'gas',
    ]);
  });

  it('keeps the given order between equally divergent issues', () => {
    const same = compareIssue(['opposes', 'supports']);
    expect(
      sortByDivergence(
        ['b', 'a'],
        new Map([
          ['a', same],
          ['b', same],
        ]),
      ),
    ).toEqual(['b', 'a']);
  });
});
