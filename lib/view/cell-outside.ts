import type { DashboardView } from './dashboard';

/**
 * Why the open cell is not among the cells the view shows: its party not chosen, its issue not chosen or filtered
 * out, or (in the changes view, which lists only the cells that moved) its stance did not move in the range.
 */
export type CellOutside = { party: boolean; issue: 'chosen' | 'filtered' | null; unchanged: boolean };

/**
 * Whether the view shows its open cell, given the parties and issues it shows (after the text filter). A shared
 * link may open a cell outside its view; the reader is told so, with the view that shows the cell: its party and
 * issue added, the filter cleared if the filter hides the issue, and the matrix instead of the changes view if the
 * cell did not move (`unchanged`, which the caller knows from the changes view's range).
 */
export function cellOutsideView(
  view: DashboardView,
  shown: { parties: readonly string[]; issues: readonly string[] },
  unchanged = false,
): { outside: CellOutside; showing: DashboardView } | null {
  const { cell } = view;
  if (!cell) return null;
  const party = !shown.parties.includes(cell.party);
  const issue = shown.issues.includes(cell.issue)
    ? null
    : view.issues.includes(cell.issue)
      ? 'filtered'
      : 'chosen';
  if (!party && !issue && !unchanged) return null;
  return {
    outside: { party, issue, unchanged },
    showing: {
      ...view,
      mode: unchanged ? 'matrix' : view.mode,
      parties: party ? [...view.parties, cell.party] : view.parties,
      issues: issue === 'chosen' ? [...view.issues, cell.issue] : view.issues,
      q: issue ? '' : view.q,
    },
  };
}
