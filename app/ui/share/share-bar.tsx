import type { SourceView } from '@/lib/stances/stance-data';
import { CiteView } from './cite-view';
import { CopyButton } from './copy-button';
import { EmbedDialog } from './embed-dialog';

export type ShareBarProps = {
  title: string;
  /** Absolute links of exactly this view, its dates pinned: the page and its embed. */
  shareUrl: string;
  embedUrl: string;
  downloads: { label: string; href: string }[];
  sources: Pick<SourceView, 'id' | 'title' | 'publisher' | 'publishedOn' | 'url' | 'note'>[];
};

/** Copy link, embed, download and cite: every one uses the pinned link of exactly this view. */
export function ShareBar({ title, shareUrl, embedUrl, downloads, sources }: ShareBarProps) {
  return (
    <section aria-label="Share this view" className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
      <CopyButton label="Copy link" copiedLabel="Link copied" text={shareUrl} />
      <EmbedDialog title={title} src={embedUrl} />
      {downloads.map((d) => (
        <a key={d.href} href={d.href} download>
          {d.label}
        </a>
      ))}
      <details className="open:w-full">
        <summary className="cursor-pointer font-medium">Cite this view</summary>
        <div className="mt-2 space-y-2">
          <CiteView title={title} url={shareUrl} sourceCount={sources.length} />
          <details>
            <summary className="cursor-pointer">Its {sources.length} sources</summary>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {sources.map((source) => (
                <li key={source.id}>
                  {source.url ? <a href={source.url}>{source.title}</a> : source.title} ({source.publisher}
                  {source.publishedOn ? `, ${source.publishedOn}` : ''}
                  {source.url ? '' : '; no web address'})
                </li>
              ))}
            </ul>
          </details>
        </div>
      </details>
    </section>
  );
}
