import { formatShortDate } from '@/lib/format/date';
import type { MatrixCell } from '@/lib/stances/matrix-model';
import { basisLabel } from '@/lib/stances/scale';
import { StanceBadge } from './stance-badge';

export type StanceCellProps = {
  cell: MatrixCell;
  label: string;
  tabIndex: number;
  onOpen: () => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLButtonElement>) => void;
};

/** One matrix cell: a button that opens the evidence, showing stance, summary and how it is known. */
export function StanceCell({ cell, label, tabIndex, onOpen, onKeyDown }: StanceCellProps) {
  const { position } = cell;
  return (
    <button
      type="button"
      data-cell={`${cell.party}:${cell.issue}`}
      tabIndex={tabIndex}
      onClick={onOpen}
      onKeyDown={onKeyDown}
      aria-label={label}
      className="flex h-full w-full flex-col items-start gap-1 rounded p-1.5 text-left text-xs hover:bg-slate-100 dark:hover:bg-slate-800"
    >
      <StanceBadge stance={position?.stance} />
      {position && (
        <>
          <span className="line-clamp-3 text-slate-800 dark:text-slate-200">{position.summary}</span>
          <span className="text-slate-600 dark:text-slate-400">
            {basisLabel[position.basis]} · {formatShortDate(position.date)}
          </span>
        </>
      )}
      {cell.conflicting && (
        <span className="font-semibold text-amber-800 dark:text-amber-300">
          <span aria-hidden="true">⚠ </span>Reports conflict
        </span>
      )}
      {cell.history.length > 1 && (
        <span className="text-slate-600 dark:text-slate-400">{cell.history.length} dated stances</span>
      )}
    </button>
  );
}
