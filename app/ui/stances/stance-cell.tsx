import { formatShortDate } from '@/lib/format/date';
import type { MatrixCell } from '@/lib/stances/matrix-model';
import { basisLabel } from '@/lib/stances/scale';
import { StanceBadge } from './stance-badge';

export type StanceCellProps = {
  cell: MatrixCell;
  /** "Russia on Donbas withdrawal", read before the stance by screen readers. */
  name: string;
  tabIndex: number;
  onOpen: () => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLButtonElement>) => void;
};

/**
 * One matrix cell. The button's name is the party, issue and stance; its ::after covers the whole cell, so a click
 * anywhere on the summary opens the evidence too.
 */
export function StanceCell({ cell, name, tabIndex, onOpen, onKeyDown }: StanceCellProps) {
  const { position } = cell;
  return (
    <div className="relative flex h-full flex-col items-start gap-1 rounded p-1.5 text-xs hover:bg-slate-100 dark:hover:bg-slate-800">
      <button
        type="button"
        data-cell={`${cell.party}:${cell.issue}`}
        tabIndex={tabIndex}
        onClick={onOpen}
        onKeyDown={onKeyDown}
        className="text-left after:absolute after:inset-0 after:rounded after:content-['']"
      >
        <span className="sr-only">{name}: </span>
        <StanceBadge stance={position?.stance} />
        {cell.conflicting && <span className="sr-only">, reports conflict</span>}
      </button>
      {position && (
        <>
          <span className="line-clamp-3 text-slate-800 dark:text-slate-200">{position.summary}</span>
          <span className="text-slate-600 dark:text-slate-400">
            {basisLabel[position.basis]} · {formatShortDate(position.date)}
          </span>
        </>
      )}
      {cell.conflicting && (
        <span aria-hidden="true" className="font-semibold text-amber-800 dark:text-amber-300">
          ⚠ Reports conflict
        </span>
      )}
      {cell.history.length > 1 && (
        <span className="text-slate-600 dark:text-slate-400">{cell.history.length} dated stances</span>
      )}
    </div>
  );
}
