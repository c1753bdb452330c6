import { formatDate } from '@/lib/format/date';
import type { Source } from '@/lib/schemas';

export type SourceLinkProps = {
  source: Pick<Source, 'title' | 'publisher' | 'publishedOn' | 'url' | 'note'>;
};

/** "Title (Publisher, 1 December 2025)" linked to the page; a source with no address says why. */
export function SourceLink({ source }: SourceLinkProps) {
  const date = source.publishedOn ? formatDate(source.publishedOn) : 'date not shown';
  if (!source.url) {
    return (
      <span>
        {source.title}{' '}
        <span className="text-slate-700 dark:text-slate-300">
          ({source.publisher}, {date})
        </span>
        <span className="block text-xs text-slate-700 dark:text-slate-300">
          No web address{source.note ? `: ${source.note}` : '.'}
        </span>
      </span>
    );
  }
  return (
    <span>
      <a href={source.url} rel="noopener noreferrer" target="_blank">
        {source.title}
        <span className="sr-only"> (opens in a new tab)</span>
      </a>{' '}
      <span className="text-slate-700 dark:text-slate-300">
        ({source.publisher}, {date})
      </span>
    </span>
  );
}
