import { describe, expect, it } from 'vitest';
import { buildCellEvidence } from './cell-evidence';
import { buildChanges } from './changes';
import { describeView, listNames } from './describe';
import { buildMatrixModel, type MatrixQuery } from './matrix-model';
import { testData, testQuery } from './test-data';

const data = testData();
const query: MatrixQuery = { ...testQuery, parties: ['russia', 'ukraine'] };
const describeOf = (
  mode: 'matrix' | 'compare' | 'changes',
  q: Partial<MatrixQuery> = {},
  cell?: { party: string; issue: string },
) => {
  const model = buildMatrixModel(data, { ...query, ...q });
  const changes = mode === 'changes' ? buildChanges(data, model, { from: null, asOf: null }) : undefined;
  const evidence = cell ? buildCellEvidence(data, cell, model.asOf) : undefined;
  return describeView(data, { mode, model, changes, evidence });
};

describe('describeView', () => {
  it('titles a matrix by its parties, issues and date', () => {
    expect(describeOf('matrix').title).toBe(
      'Where Russia and Ukraine stand on 3 issues, as of 31 December 2025',
    );
    expect(describeOf('matrix', { parties: ['russia'] }).title).toBe(
      'Where Russia stands on 3 issues, as of 31 December 2025',
    );
  });

  it('counts agreement in a comparison', () => {
    expect(describeOf('compare').description).toMatch(
      /^They agree on \d+, partly agree on \d+ and diverge on \d+ issues?;/,
    );
  });

  it('titles a cell by its stance', () => {
    expect(describeOf('matrix', {}, { party: 'russia', issue: 'donbas' }).title).toBe(
      'Russia on Donbas: Strongly supports, as of 31 December 2025',
    );
    expect(describeOf('matrix', {}, { party: 'russia', issue: 'gas' }).title).toBe(
      'Russia on Russian gas: No statement in our sources, as of 31 December 2025',
    );
  });

  it('says so when no party or no issue is chosen, instead of a title with a hole in it', () => {
    expect(describeOf('matrix', { parties: [] }).title).toBe(
      'A test negotiation, issue by issue: no parties chosen, as of 31 December 2025',
    );
    expect(describeOf('compare', { issues: [] }).title).toBe(
      'A test negotiation, issue by issue: no issues chosen, as of 31 December 2025',
    );
  });

  it('says that the filter matched nothing, not that no issue was chosen', () => {
    const { title, description } = describeOf('matrix', { q: 'zzz' });
    expect(title).toBe('A test negotiation, issue by issue: no issue matches “zzz”, as of 31 December 2025');
    expect(description).toMatch(/^No issue matches “zzz” in this view of /);
  });

  it('lists at most four names', () => {
    expect(listNames(['A'])).toBe('A');
    expect(listNames(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listNames(['A', 'B', 'C', 'D', 'E'])).toBe('A, B, C and 2 more');
  });
});
