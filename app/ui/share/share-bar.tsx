'use client';

import type { CitationSource } from './citation';
import { CiteDetails } from './cite-details';
import { CopyButton } from './copy-button';
import { EmbedDialog } from './embed-dialog';

export type ShareBarProps = {
  /** The route's path, e.g. "/" or "/territory". */
  path: string;
  /** The canonical query of the current view, every parameter written, e.g. "?mode=compare&…". */
  canonicalQuery: string;
  title: string;
  embedPath: string;
  downloads: { label: string; href: string }[];
  sources: CitationSource[];
};

/** Copy link, embed, download and cite: every one uses the canonical link of exactly this view. */
export function ShareBar({ path, canonicalQuery, title, embedPath, downloads, sources }: ShareBarProps) {
  const url = () => `${window.location.origin}${path}${canonicalQuery}`;
  return (
    <section aria-label="Share this view" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <CopyButton label="Copy link" copiedLabel="Link copied" text={url} />
      <EmbedDialog title={title} src={() => `${window.location.origin}${embedPath}${canonicalQuery}`} />
      {downloads.map((d) => (
        <a key={d.href} href={d.href} download>
          {d.label}
        </a>
      ))}
      <div className="w-full">
        <CiteDetails summary="Cite this view" title={title} url={url} sources={sources} />
      </div>
    </section>
  );
}
