import { formatDate } from '@/lib/format/date';
import { plural } from '@/lib/format/plural';
import type { CellEvidence } from '@/lib/stances/cell-evidence';
import type { StatementCitation } from '@/lib/stances/citation';
import { basisLabel, noPositionExplanation, quoteKindLabel } from '@/lib/stances/scale';
import type { EvidenceView, PositionView, SetAsideView } from '@/lib/stances/stance-data';
import { CiteCell } from '../share/cite-cell';
import { SourceLink } from '../sources/source-link';
import { StanceBadge } from './stance-badge';

export type EvidencePanelProps = {
  evidence: CellEvidence;
  /** The same cell as of the latest evidence, when this view shows an earlier date. */
  latestHref: string | undefined;
  /** The cell's own link, absolute: for "Copy link to this cell". */
  cellUrl: string;
  /** The statements of the stance in force, ready to cite. */
  citations: StatementCitation[];
};

/** Every stance of one cell up to the view's date, newest first, each with its rationale and its evidence. */
export function EvidencePanel({ evidence, latestHref, cellUrl, citations }: EvidencePanelProps) {
  const { current, issue } = evidence;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <span className="text-slate-700 dark:text-slate-300">Measured against: </span>“{issue.proposition}”
      </p>
      {current ? (
        <div className="space-y-1">
          <p className="flex flex-wrap items-center gap-2">
            <StanceBadge stance={current.stance} />
            <span>
              {basisLabel[current.basis]}, {formatDate(current.date)} (the stance in force on{' '}
              {formatDate(evidence.asOf)})
            </span>
          </p>
        </div>
      ) : (
        <div className="space-y-1">
          <p className="flex flex-wrap items-center gap-2">
            <StanceBadge stance={undefined} />
            <span>by {formatDate(evidence.asOf)}</span>
          </p>
          <p className="text-sm">{noPositionExplanation}</p>
        </div>
      )}
      {evidence.later > 0 && latestHref && (
        <p className="text-sm">
          {plural(evidence.later, 'later stance')} of this cell {evidence.later === 1 ? 'is' : 'are'} not
          shown because the view is as of {formatDate(evidence.asOf)}.{' '}
          <a href={latestHref} data-view="">
            See the latest
          </a>
        </p>
      )}
      {latestHref && evidence.history.some((p) => p.conflict || p.note) && (
        <p className="text-sm">
          Seen as of {formatDate(evidence.asOf)}: the stances are those in force then, but the notes and the
          conflicting reports below are written with all the reporting we have now, so they may mention later
          reports.
        </p>
      )}
      <CiteCell url={cellUrl} citations={citations} />
      {evidence.history.map((position) => (
        <Stance key={position.id} position={position} />
      ))}
      {evidence.setAside.length > 0 && <SetAsideReports reports={evidence.setAside} open={!current} />}
    </div>
  );
}

/** What was read for this cell and not coded as a stance, and why: so a reader can check the coding. */
function SetAsideReports({ reports, open }: { reports: SetAsideView[]; open: boolean }) {
  return (
    <details open={open} className="border-t border-slate-200 pt-3 dark:border-slate-700">
      <summary className="cursor-pointer font-semibold">
        Also read: {plural(reports.length, 'report')} set aside, and why
      </summary>
      <ul className="mt-2 space-y-2">
        {reports.map((report) => (
          <li key={report.id} className="space-y-1">
            <p className="text-sm">
              <span className="font-semibold">Set aside: </span>
              {report.reason}
              {report.rule && (
                <>
                  {' '}
                  <a href={`/methodology#rule-${report.rule.id}`}>Rule: {report.rule.title}</a>
                </>
              )}
            </p>
            <EvidenceItem evidence={report} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function Stance({ position }: { position: PositionView }) {
  return (
    <section
      aria-label={`Stance of ${formatDate(position.date)}`}
      className="space-y-2 border-t border-slate-200 pt-3 dark:border-slate-700"
    >
      <h3 className="flex flex-wrap items-center gap-2 font-semibold">
        {formatDate(position.date)} <StanceBadge stance={position.stance} />
      </h3>
      <p>{position.summary}</p>
      {position.rationale && (
        <p className="text-sm">
          <span className="font-semibold">Why this stance: </span>
          {position.rationale}
          {position.rule && (
            <>
              {' '}
              <a href={`/methodology#rule-${position.rule.id}`}>Rule: {position.rule.title}</a>
            </>
          )}
        </p>
      )}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        How it is known: {basisLabel[position.basis]}
      </p>
      {position.conflict && (
        <p className="rounded border border-amber-700 p-2 text-sm dark:border-amber-400">
          <span aria-hidden="true">⚠ </span>
          <span className="font-semibold">Reports conflict: </span>
          {position.conflict}
        </p>
      )}
      {position.note && (
        <p className="text-sm">
          <span className="font-semibold">Note: </span>
          {position.note}
        </p>
      )}
      <ul className={position.conflict ? 'grid gap-2 md:grid-cols-2' : 'space-y-2'}>
        {position.evidence.map((item) => (
          <li key={`${item.source.id}-${item.date}-${item.quote.slice(0, 40)}`}>
            <EvidenceItem evidence={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function EvidenceItem({ evidence }: { evidence: EvidenceView }) {
  return (
    <figure className="space-y-1 rounded border border-slate-300 p-2 text-sm dark:border-slate-700">
      <p className="text-xs font-semibold text-slate-700 uppercase dark:text-slate-300">
        {quoteKindLabel[evidence.quoteKind]}
      </p>
      <blockquote
        className={evidence.quoteKind === 'verbatim' ? 'border-l-4 border-slate-400 pl-2' : 'pl-2 italic'}
      >
        {evidence.quoteKind === 'verbatim' ? `“${evidence.quote}”` : evidence.quote}
      </blockquote>
      <figcaption className="space-y-1">
        <span className="block">
          {evidence.quoteKind === 'context' && 'On what '}
          <span className="font-semibold">{evidence.speaker.name}</span>
          {evidence.speaker.role && `, ${evidence.speaker.role}`}
          {evidence.quoteKind === 'context' && `${evidence.speaker.role ? ',' : ''} spoke of`} ·{' '}
          {formatDate(evidence.date)}
        </span>
        <SourceLink source={evidence.source} />
        {evidence.note && (
          <span className="block text-xs text-slate-700 dark:text-slate-300">{evidence.note}</span>
        )}
      </figcaption>
    </figure>
  );
}
