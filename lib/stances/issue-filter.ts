import type { IssueRef } from './stance-data';

export type IssueFilter = {
  /** The chosen issues that match the filter, in data order. */
  issues: IssueRef[];
  /** The filter's words, and those of them that matched no chosen issue. */
  terms: string[];
  unmatched: string[];
};

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** The filter's words: "water border, fish" → water, border, fish. */
export function filterTerms(q: string): string[] {
  return [
    ...new Set(
      fold(q)
        .split(/[\s,;]+/)
        .filter(Boolean),
    ),
  ];
}

/**
 * The chosen issues an issue filter keeps: an issue matches when ANY of the filter's words appears in its title,
 * proposition or id, so "water border fish" keeps three issues. Words that matched nothing are reported.
 */
export function filterIssues(all: readonly IssueRef[], chosen: readonly string[], q: string): IssueFilter {
  const terms = filterTerms(q);
  const chosenSet = new Set(chosen);
  const candidates = all.filter((issue) => chosenSet.has(issue.id));
  if (terms.length === 0) return { issues: candidates, terms, unmatched: [] };
  const haystacks = new Map(
    candidates.map((issue) => [issue.id, fold(`${issue.title} ${issue.proposition} ${issue.id}`)]),
  );
  const matches = (issue: IssueRef, term: string) => haystacks.get(issue.id)?.includes(term) ?? false;
  return {
    issues: candidates.filter((issue) => terms.some((term) => matches(issue, term))),
    terms,
    unmatched: terms.filter((term) => !candidates.some((issue) => matches(issue, term))),
  };
}
