import { formatDate } from '@/lib/format/date';
import { quoteKindLabel } from '@/lib/stances/scale';
import type { EvidenceView } from '@/lib/stances/stance-data';

export type EvidenceItemProps = { evidence: EvidenceView };

/** One piece of evidence: the words, marked verbatim or paraphrase, who said them, when, and where it is reported. */
export function EvidenceItem({ evidence }: EvidenceItemProps) {
  const { source, speaker } = evidence;
  return (
    <figure className="space-y-1 rounded border border-slate-200 p-3 dark:border-slate-700">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">
        {quoteKindLabel[evidence.quoteKind]}
      </p>
      {evidence.quoteKind === 'verbatim' ? (
        <blockquote className="border-l-4 border-slate-400 pl-3">“{evidence.quote}”</blockquote>
      ) : (
        <p className="border-l-4 border-dashed border-slate-400 pl-3 italic">{evidence.quote}</p>
      )}
      <figcaption className="text-sm">
        <span className="font-medium">{speaker.name}</span>
        {speaker.role && <span>, {speaker.role}</span>}, {formatDate(evidence.date)}.{' '}
        <span>
          Source:{' '}
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
              <span className="sr-only"> (opens in a new tab)</span>
            </a>
          ) : (
            <span>{source.title} (no address)</span>
          )}{' '}
          ({source.publisher}, {source.publishedOn ? formatDate(source.publishedOn) : 'date not shown'})
        </span>
        {evidence.note && (
          <span className="mt-1 block text-slate-700 dark:text-slate-300">Note: {evidence.note}</span>
        )}
      </figcaption>
    </figure>
  );
}
