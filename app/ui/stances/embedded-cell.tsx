import { formatShortDate } from '@/lib/format/date';
import type { CellEvidence } from '@/lib/stances/cell-evidence';
import { ConflictLabel } from './conflict-label';
import { StanceBadge } from './stance-badge';

export type EmbeddedCellProps = {
  evidence: CellEvidence;
  /** The same view on Parley, with this cell's evidence open. */
  href: string;
};

/**
 * An embed of a view with an open cell: the cell's stance in force and its summary above the table, and its
 * evidence one link away on Parley. Not a dialog: an embed has no controls to close one with, and a dialog would
 * cover the table the host page framed.
 */
export function EmbeddedCell({ evidence, href }: EmbeddedCellProps) {
  const { party, issue, current } = evidence;
  const title = `${party.name} on ${issue.title}`;
  return (
    <section
      aria-label={title}
      className="space-y-1 rounded border border-slate-300 p-2 text-sm dark:border-slate-700"
    >
      <h2 className="font-semibold">{title}</h2>
      <p>
        <StanceBadge stance={current?.stance} />
        {evidence.conflicting && <ConflictLabel />}
        {current && (
          <span className="text-slate-700 dark:text-slate-300"> {formatShortDate(current.date)}</span>
        )}
      </p>
      {current && <p>{current.summary}</p>}
      <p>
        <a href={href} target="_blank" rel="noopener">
          The evidence on Parley
        </a>
      </p>
    </section>
  );
}
