import type { DashboardView } from './dashboard';

/** Why the open cell is not among the cells the view shows: its party not chosen, its issue not chosen or filtered out. */
export type CellOutside = { party: boolean; issue: 'chosen' | 'filtered' | null };

/**
 * Whether the view shows its open cell, given the parties and issues it shows (after the text filter). A shared
 * link may open a cell outside its view; the reader is told so, with the view that shows the cell: its party and
 * issue added, and the filter cleared if the filter hides the issue.
 */
export function cellOutsideView(
  view: DashboardView,
  shown: { parties: readonly string[]; issues: readonly string[] },
): { outside: CellOutside; showing: DashboardView } | null {
  const { cell } = view;
  if (!cell) return null;
  const party = !shown.parties.includes(cell.party);
  const issue = shown.issues.includes(cell.issue)
    ? null
    : view.issues.includes(cell.issue)
      ? 'filtered'
      : 'chosen';
  if (!party && !issue) return null;
  return {
    outside: { party, issue },
    showing: {
      ...view,
      parties: party ? [...view.parties, cell.party] : view.parties,
      issues: issue === 'chosen' ? [...view.issues, cell.issue] : view.issues,
      q: issue ? '' : view.q,
    },
  };
}
