import { formatDate } from '@/lib/format/date';
import type { Source } from '@/lib/schemas';

const kindLabel: Record<Source['kind'], string> = {
  'news-report': 'News report',
  'official-statement': 'Official statement',
  document: 'Document',
  dataset: 'Dataset',
};

export type SourcesTableProps = { sources: Source[]; caption: string };

export function SourcesTable({ sources, caption }: SourcesTableProps) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700 dark:text-slate-300">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-2 pr-3">
              Title
            </th>
            <th scope="col" className="py-2 pr-3">
              Publisher
            </th>
            <th scope="col" className="py-2 pr-3">
              Published
            </th>
            <th scope="col" className="py-2">
              Kind
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr
              key={source.id}
              id={`source-${source.id}`}
              className="border-b border-slate-200 align-top dark:border-slate-800"
            >
              <th scope="row" className="py-2 pr-3 font-normal">
                {source.url ? (
                  <a href={source.url} rel="noopener noreferrer">
                    {source.title}
                  </a>
                ) : (
                  <span>
                    {source.title}{' '}
                    <span className="text-slate-700 dark:text-slate-300">(No web address)</span>
                  </span>
                )}
                {source.note && (
                  <span className="block text-slate-700 dark:text-slate-300">{source.note}</span>
                )}
              </th>
              <td className="py-2 pr-3">{source.publisher}</td>
              <td className="py-2 pr-3">
                {source.publishedOn ? formatDate(source.publishedOn) : 'Not shown'}
                {source.dateNote && (
                  <span className="block text-slate-700 dark:text-slate-300">{source.dateNote}</span>
                )}
              </td>
              <td className="py-2">{kindLabel[source.kind]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
