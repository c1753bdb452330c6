import { CiteView } from './cite-view';
import { CopyButton } from './copy-button';
import { EmbedDialog } from './embed-dialog';
import { ViewSources } from './view-sources';

export type ShareBarProps = {
  title: string;
  /** Absolute links of exactly this view, its dates pinned: the page and its embed. */
  shareUrl: string;
  embedUrl: string;
  downloads: { label: string; href: string }[];
  /** How many sources the view rests on, and the file that lists them (its JSON download). */
  sourceCount: number;
  sourcesHref: string;
};

/** Copy link, embed, download and cite: every one uses the pinned link of exactly this view. */
export function ShareBar({ title, shareUrl, embedUrl, downloads, sourceCount, sourcesHref }: ShareBarProps) {
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
        <summary className="cursor-pointer font-semibold">Cite this view</summary>
        <div className="mt-2 space-y-2">
          <CiteView title={title} url={shareUrl} sourceCount={sourceCount} />
          <ViewSources count={sourceCount} jsonHref={sourcesHref} />
        </div>
      </details>
    </section>
  );
}
