'use client';

import { useState } from 'react';
import type { SourceView } from '@/lib/stances/stance-data';
import { SourceLink } from '../sources/source-link';

/** A source as the view's JSON file lists it. */
type ListedSource = Pick<SourceView, 'id' | 'title' | 'publisher' | 'publishedOn' | 'url' | 'note'>;

export type ViewSourcesProps = {
  count: number;
  /** The view's JSON download, which lists its sources: fetched when the reader opens the list. */
  jsonHref: string;
};

/** The view's sources behind a toggle, fetched when opened, so the page need not carry them all. */
export function ViewSources({ count, jsonHref }: ViewSourcesProps) {
  const [sources, setSources] = useState<ListedSource[] | 'loading' | 'failed' | null>(null);
  const load = async () => {
    if (sources !== null && sources !== 'failed') return;
    setSources('loading');
    try {
      const response = await fetch(jsonHref);
      const body: { sources?: ListedSource[] } = await response.json();
      setSources(body.sources ?? []);
    } catch {
      setSources('failed');
    }
  };
  return (
    <details
      onToggle={(event) => {
        if (event.currentTarget.open) void load();
      }}
    >
      <summary className="cursor-pointer">Its {count} sources</summary>
      {sources === 'loading' && <p role="status">Loading the sources…</p>}
      {sources === 'failed' && (
        <p role="alert">The sources could not be loaded; they are in the JSON download.</p>
      )}
      {Array.isArray(sources) && (
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {sources.map((source) => (
            <li key={source.id}>
              <SourceLink source={source} />
            </li>
          ))}
        </ul>
      )}
      {sources === null && (
        <p>
          <a href={jsonHref}>The view’s sources, in its JSON file</a>
        </p>
      )}
    </details>
  );
}
