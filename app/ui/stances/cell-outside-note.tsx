import { formatShortDate } from '@/lib/format/date';
import type { CellOutside } from '@/lib/view/cell-outside';

export type CellOutsideNoteProps = {
  outside: CellOutside;
  partyName: string;
  issueTitle: string;
  /** The q filter that hides the issue, when it is what hides it. */
  filter: string;
  /** The view that shows this cell: its party and issue added, the filter cleared if it hides the issue. */
  showHref: string;
  /** The changes view's range, which a cell that did not move is outside of. */
  range: { from: string; to: string } | undefined;
};

/**
 * A shared link may open a cell the view does not show (its party or issue not chosen, or filtered out). The
 * evidence is still shown, and the reader is told why the table behind it lacks the cell, with a way to add it.
 */
export function CellOutsideNote({
  outside,
  partyName,
  issueTitle,
  filter,
  showHref,
  range,
}: CellOutsideNoteProps) {
  const reasons = [
    outside.party && `${partyName} is not among this view’s parties`,
    outside.issue === 'chosen' && `${issueTitle} is not among this view’s issues`,
    outside.issue === 'filtered' && `the filter “${filter}” hides ${issueTitle}`,
    outside.unchanged &&
      range &&
      `its stance did not change between ${formatShortDate(range.from)} and ${formatShortDate(range.to)}, and the table lists only the stances that did`,
  ].filter(Boolean);
  const sentence = reasons.join(', and ');
  return (
    <p className="rounded border border-amber-700 bg-amber-50 p-2 text-sm text-slate-900 dark:border-amber-300 dark:bg-slate-900 dark:text-slate-100">
      This cell is not in the table behind: {sentence}.{' '}
      <a href={showHref} data-view="">
        {outside.unchanged ? 'Show it in the matrix' : 'Show it in the view'}
      </a>
    </p>
  );
}
