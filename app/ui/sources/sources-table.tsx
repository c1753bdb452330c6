import { formatDate } from '@/lib/format/date';
import type { Source } from '@/lib/schemas';

const kindLabel: Record<Source['kind'], string> = {
  'news-report': 'News report',
  'official-statement': 'Official statement',
  document: 'Document',
  dataset: 'Dataset',
};

const muted = 'text-slate-700 dark:text-slate-300';
/** Shown only where the table has its four columns. */
const wideCell = 'hidden py-2 pr-3 md:table-cell';

export type SourcesTableProps = { sources: Source[]; caption: string };

/**
 * Every source, one row each. On a narrow screen the table keeps one column and each row stacks the publisher,
 * date and kind under the title, so nothing sits off-screen; from `md` up they are columns of their own.
 */
export function SourcesTable({ sources, caption }: SourcesTableProps) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className={`mb-2 text-left ${muted}`}>{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-700">
          <th scope="col" className="py-2 pr-3 md:w-1/2">
            Source
          </th>
          <th scope="col" className={wideCell}>
            Publisher
          </th>
          <th scope="col" className={wideCell}>
            Published
          </th>
          <th scope="col" className="hidden py-2 md:table-cell">
            Kind
          </th>
        </tr>
      </thead>
      <tbody>
        {sources.map((source) => (
          <tr
            key={source.id}
            id={`source-${source.id}`}
            className="scroll-mt-4 border-b border-slate-200 align-top dark:border-slate-800"
          >
            {/* A word longer than the cell (a file path in a note) breaks anywhere, so the table fits its box. */}
            <th scope="row" className="py-2 pr-3 font-normal wrap-anywhere">
              <SourceTitle source={source} />
              <span className="mt-1 block md:hidden">
                {source.publisher} · <PublishedOn source={source} inline /> · {kindLabel[source.kind]}
              </span>
            </th>
            <td className={wideCell}>{source.publisher}</td>
            <td className={wideCell}>
              <PublishedOn source={source} />
            </td>
            <td className="hidden py-2 md:table-cell">{kindLabel[source.kind]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SourceTitle({ source }: { source: Source }) {
  return (
    <>
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <span>
          {source.title} <span className={muted}>(No web address)</span>
        </span>
      )}
      {source.note && <span className={`block ${muted}`}>{source.note}</span>}
    </>
  );
}

/** The date, and why it is that date where the data says; inline, within a sentence, the reason is in brackets. */
function PublishedOn({ source, inline = false }: { source: Source; inline?: boolean }) {
  const missing = inline ? 'date not shown' : 'Not shown';
  const date = source.publishedOn ? formatDate(source.publishedOn) : missing;
  if (!source.dateNote) return date;
  return inline ? (
    <>
      {date} <span className={muted}>({source.dateNote})</span>
    </>
  ) : (
    <>
      {date}
      <span className={`block ${muted}`}>{source.dateNote}</span>
    </>
  );
}
