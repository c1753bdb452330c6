'use client';

import { useState } from 'react';
import {
  citationLabel,
  citeStatementBibtex,
  citeStatementRis,
  citeStatementText,
  type StatementCitation,
} from '@/lib/stances/citation';
import { CopyButton } from './copy-button';
import { useToday } from './use-today';

export type CiteCellProps = { url: string; citations: StatementCitation[] };

const formats = [
  { id: 'text', label: 'Plain text', write: citeStatementText },
  { id: 'bibtex', label: 'BibTeX', write: citeStatementBibtex },
  { id: 'ris', label: 'RIS', write: citeStatementRis },
] as const;

/** "Copy link to this cell", and the cell's statement cited as plain text, BibTeX and RIS. */
export function CiteCell({ url, citations }: CiteCellProps) {
  const today = useToday();
  const [chosen, setChosen] = useState(0);
  const citation = citations[chosen] ?? citations[0];
  return (
    <div className="space-y-2 text-sm">
      <CopyButton label="Copy link to this cell" copiedLabel="Link copied" text={url} />
      {citation && (
        <details>
          <summary className="cursor-pointer font-semibold">Cite this cell</summary>
          <div className="mt-2 space-y-3">
            {citations.length > 1 && (
              <label className="block">
                <span className="font-semibold">Statement </span>
                <select
                  value={chosen}
                  onChange={(event) => setChosen(Number(event.target.value))}
                  className="max-w-full rounded border border-slate-500 bg-white px-1 py-0.5 dark:bg-slate-900"
                >
                  {citations.map((c, i) => (
                    <option key={`${c.source.title}-${c.date}-${c.quote.slice(0, 20)}`} value={i}>
                      {citationLabel(c)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {formats.map((format) => {
              const text = format.write(citation, today);
              return (
                <div key={format.id} className="space-y-1">
                  <div className="flex items-center gap-2">
                    <span className="font-semibold">{format.label}</span>
                    <CopyButton label={`Copy ${format.label}`} text={text} />
                  </div>
                  <pre className="overflow-x-auto rounded border border-slate-300 bg-slate-50 p-2 text-xs whitespace-pre-wrap dark:border-slate-700 dark:bg-slate-900">
                    {text}
                  </pre>
                </div>
              );
            })}
          </div>
        </details>
      )}
    </div>
  );
}
