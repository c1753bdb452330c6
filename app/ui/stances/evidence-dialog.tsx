'use client';

import { useEffect, useRef } from 'react';
import { formatDate } from '@/lib/format/date';
import type { MatrixCell } from '@/lib/stances/matrix-model';
import { basisLabel } from '@/lib/stances/scale';
import type { StanceData } from '@/lib/stances/stance-data';
import { CiteDetails } from '../share/cite-details';
import { EvidenceItem } from './evidence-item';
import { StanceBadge } from './stance-badge';
import type { CellHistoryState } from './use-cell-history';

export type EvidenceDialogProps = {
  cell: MatrixCell | null;
  party: StanceData['parties'][number] | undefined;
  issue: StanceData['issues'][number] | undefined;
  asOf: string | null;
  /** The cell's positions with their evidence, once fetched. */
  evidence: CellHistoryState;
  /** The canonical link of the view with this cell open. */
  citeUrl: () => string;
  onClose: () => void;
};

/** Every piece of evidence behind one cell, newest stance first, in a modal the browser keeps focus inside. */
export function EvidenceDialog({
  cell,
  party,
  issue,
  asOf,
  evidence,
  citeUrl,
  onClose,
}: EvidenceDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const open = Boolean(cell && party && issue);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // The positions in force up to the as-of date, newest first, each with its evidence.
  const shown = new Set(cell?.history.map((p) => p.id));
  const history =
    evidence.status === 'ready' ? evidence.history.filter((p) => shown.has(p.id)).reverse() : [];
  return (
    <dialog
      ref={ref}
      aria-labelledby="evidence-title"
      onClose={onClose}
      className="m-auto max-h-[90vh] w-[min(48rem,calc(100vw-1rem))] overflow-y-auto rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-black/50 dark:bg-slate-900 dark:text-slate-100"
    >
      {cell && party && issue && (
        <div className="space-y-4 p-4">
          <div className="flex items-start justify-between gap-4">
            <h2 id="evidence-title" className="text-lg font-bold">
              {party.name} on {issue.title}
            </h2>
            <button
              type="button"
              onClick={() => ref.current?.close()}
              className="rounded border border-slate-400 px-2 py-1 text-sm"
            >
              Close
            </button>
          </div>
          <p className="text-sm">
            <span className="text-slate-600 dark:text-slate-400">Measured against: </span>“{issue.proposition}
            ”
          </p>
          {cell.position ? (
            <p className="flex flex-wrap items-center gap-2">
              <StanceBadge stance={cell.position.stance} />
              <span>
                {basisLabel[cell.position.basis]}, {formatDate(cell.position.date)}
                {asOf && ` (as of ${formatDate(asOf)})`}
              </span>
            </p>
          ) : (
            <p>
              <StanceBadge stance={undefined} /> No evidence of a position
              {asOf ? ` by ${formatDate(asOf)}` : ''} in the sources Parley uses. This is not a neutral
              stance; it is unknown.
            </p>
          )}
          <CiteDetails
            summary="Cite this cell"
            title={`${party.name} on ${issue.title}`}
            url={citeUrl}
            sources={[
              ...new Map(
                history.flatMap((p) => p.evidence.map((e) => [e.source.id, e.source] as const)),
              ).values(),
            ]}
          />
          {evidence.status === 'loading' && (
            <p role="status" className="text-sm">
              Loading the evidence…
            </p>
          )}
          {evidence.status === 'error' && (
            <p role="alert" className="text-sm">
              The evidence could not be loaded. Check the connection and open the cell again.
            </p>
          )}
          {history.map((position) => (
            <section
              key={position.id}
              aria-label={`Stance of ${formatDate(position.date)}`}
              className="space-y-2"
            >
              <h3 className="flex flex-wrap items-center gap-2 font-semibold">
                {formatDate(position.date)} <StanceBadge stance={position.stance} />
              </h3>
              <p>{position.summary}</p>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                How it is known: {basisLabel[position.basis]}
              </p>
              {position.conflict && (
                <p className="rounded border border-amber-600 p-2 text-sm">
                  <span aria-hidden="true">⚠ </span>
                  <span className="font-semibold">Reports conflict: </span>
                  {position.conflict}
                </p>
              )}
              <div className={position.conflict ? 'grid gap-2 md:grid-cols-2' : 'space-y-2'}>
                {position.evidence.map((item) => (
                  <EvidenceItem key={`${item.source.id}-${item.quote}`} evidence={item} />
                ))}
              </div>
            </section>
          ))}
        </div>
      )}
    </dialog>
  );
}
