'use client';

import { useState } from 'react';
import { type CitationSource, citationText } from './citation';
import { CopyButton } from './copy-button';

export type CiteDetailsProps = {
  summary: string;
  title: string;
  url: () => string;
  sources: CitationSource[];
};

const today = () => new Date().toISOString().slice(0, 10);

/** A citation, written when opened so its "accessed" date is the reader's today. */
export function CiteDetails({ summary, title, url, sources }: CiteDetailsProps) {
  const [citation, setCitation] = useState('');
  return (
    <details
      onToggle={(event) => {
        if (event.currentTarget.open) setCitation(citationText(title, url(), today(), sources));
      }}
    >
      <summary className="cursor-pointer font-medium">{summary}</summary>
      <div className="mt-2 space-y-2">
        <textarea
          readOnly
          value={citation}
          aria-label="Citation"
          rows={Math.min(12, citation.split('\n').length + 1)}
          className="w-full rounded border border-slate-400 bg-white p-2 font-mono text-xs dark:bg-slate-900"
        />
        <CopyButton label="Copy citation" text={() => citation} />
      </div>
    </details>
  );
}
