import { describe, expect, it } from 'vitest';
import { compareIssue, describeComparison, divergenceRank, pairAgreement } from './compare';

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

describe('divergenceRank', () => {
  it('ranks the widest gaps first, more-known issues before less-known, and uncomparable issues last', () => {
    const ranked = [
      ['gas', compareIssue(['supports', undefined])],
      ['nato', compareIssue(['strongly-opposes', 'strongly-supports'])],
      ['assets', compareIssue(['opposes', 'supports'])],
      ['donbas', compareIssue(['opposes', 'supports', 'mixed'])],
      ['leverage', compareIssue(['supports', 'supports'])],
    ] as const;
    const order = [...ranked].sort((a, b) => divergenceRank(b[1]) - divergenceRank(a[1])).map(([id]) => id);
    expect(order).toEqual(['nato', 'donbas', 'assets', 'leverage', 'gas']);
  });
});

describe('describeComparison', () => {
  it('says how many parties are known when one is missing', () => {
    expect(describeComparison(compareIssue(['supports', 'supports', undefined]))).toEqual({
      label: 'Agree — 2 of 3 known',
      detail: '0 of 4 steps apart; 2 of 3 known',
    });
  });

  it('gives a bare level when every party is known', () => {
    expect(describeComparison(compareIssue(['opposes', 'supports'])).label).toBe('Diverge');
  });

  it('cannot compare fewer than two known stances', () => {
    expect(describeComparison(compareIssue(['opposes', undefined, undefined]))).toEqual({
      label: 'Cannot compare',
      detail: '1 of 3 known: fewer than two parties have a stated position',
    });
  });
});
