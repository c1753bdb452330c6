import { formatDate } from '@/lib/format/date';
import type { Source } from '@/lib/schemas';

export type SourceLinkProps = { source: Source };

/** "Publisher, 1 December 2025" linked to the page; says so plainly when a source has no address or date. */
export function SourceLink({ source }: SourceLinkProps) {
  const date = source.publishedOn ? formatDate(source.publishedOn) : 'date not shown';
  if (!source.url) {
    return (
      <span>
        {source.title} ({source.publisher}, {date}; no address)
      </span>
    );
  }
  return (
    <span>
      <a href={source.url} rel="noopener noreferrer" target="_blank">
        {source.title}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>{' '}
      <span className="text-slate-600 dark:text-slate-400">
        ({source.publisher}, {date})
      </span>
    </span>
  );
}
