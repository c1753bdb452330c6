import { describe, expect, it } from 'vitest';
import { filterIssues, filterTerms } from './issue-filter';

const issues = [
  { id: 'donbas', title: 'Donbas withdrawal', proposition: 'Ukraine withdraws from the Donbas.' },
  { id: 'nato-membership', title: 'NATO membership', proposition: 'Ukraine may join NATO.' },
  { id: 'frozen-assets', title: 'Frozen Russian assets', proposition: 'The assets finance Ukraine.' },
  { id: 'elections', title: 'Elections in Ukraine', proposition: 'Ukraine holds elections soon.' },
];
const all = issues.map((i) => i.id);

describe('filterIssues', () => {
  it('keeps every issue that matches any of several words', () => {
    expect(filterIssues(issues, all, 'donbas nato frozen').issues.map((i) => i.id)).toEqual([
      'donbas',
      'nato-membership',
      'frozen-assets',
    ]);
  });

  it('ignores case and accents, and splits on commas', () => {
    expect(filterIssues(issues, all, 'ÉLECTIONS,Nato').issues.map((i) => i.id)).toEqual([
      'nato-membership',
      'elections',
    ]);
  });

  it('reports the words that matched nothing', () => {
    const filter = filterIssues(issues, all, 'nato moonbase');
    expect(filter.issues.map((i) => i.id)).toEqual(['nato-membership']);
    expect(filter.unmatched).toEqual(['moonbase']);
  });

  it('filters only the chosen issues', () => {
    expect(filterIssues(issues, ['elections'], 'nato').issues).toEqual([]);
  });

  it('keeps every chosen issue when the filter is empty', () => {
    expect(filterIssues(issues, ['donbas', 'elections'], '  ').issues).toHaveLength(2);
    expect(filterTerms(' a  a b ')).toEqual(['a', 'b']);
  });
});
