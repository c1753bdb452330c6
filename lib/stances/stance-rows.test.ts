import { describe, expect, it } from 'vitest';
import { buildMatrixModel } from './matrix-model';
import { rowSources, stanceRows } from './stance-rows';
import { testData, testQuery } from './test-data';

describe('stanceRows', () => {
  it('holds one row per shown cell, in the order the table shows, with the sources of the stance in force', () => {
    const model = buildMatrixModel(testData(), {
      ...testQuery,
      parties: ['ukraine', 'russia'],
      issues: ['donbas', 'gas'],
      sortBy: { party: 'ukraine' },
    });
    const rows = stanceRows(model);
    expect(rows.map((r) => `${r.issue_id}:${r.party_id}`)).toEqual([
      'gas:ukraine',
      'gas:russia',
      'donbas:ukraine',
      'donbas:russia',
    ]);
    expect(rows[1]).toMatchObject({ stance: 'No statement in our sources', stance_value: null, sources: [] });
    expect(rows[2]).toMatchObject({
      stance: 'Strongly opposes',
      stance_value: -2,
      rule: 'Code from the quote',
    });
    expect(rowSources(rows).map((s) => s.id)).toEqual(['report']);
  });
});
