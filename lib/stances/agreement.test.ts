import { describe, expect, it } from 'vitest';
import { buildAgreement } from './agreement';
import { buildMatrixModel } from './matrix-model';
import { testData, testQuery } from './test-data';

describe('buildAgreement', () => {
  it('scores each pair of shown parties over the issues both have a stance on, and says how many', () => {
    const model = buildMatrixModel(testData(), testQuery);
    const rows = buildAgreement(model);
    expect(rows.map((r) => r.party.id)).toEqual(['russia', 'ukraine', 'united-states']);
    const russia = rows[0]?.pairs ?? [];
    // Donbas: ++ against −− (4 steps apart); NATO: −− against ± (2 steps): mean 3 of 4 → 25 %.
    expect(russia.find((p) => p.other.id === 'ukraine')?.agreement).toEqual({ score: 25, sharedIssues: 2 });
    // Only Donbas is shared with the US (++ against ±): 2 of 4 steps → 50 %.
    expect(russia.find((p) => p.other.id === 'united-states')?.agreement).toEqual({
      score: 50,
      sharedIssues: 1,
    });
  });
});
