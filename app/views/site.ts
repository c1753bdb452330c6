import 'server-only';
import type { Metadata } from 'next';
import { getDataset } from '@/lib/data';
import { publicOrigin } from '@/lib/http/public-origin';
import { viewPaths } from '@/lib/view/paths';
import { siteName } from '@/lib/view/site-name';

/** The public origin for absolute links and previews: PARLEY_ORIGIN, which the front server checks as it starts. */
export function siteOrigin(): URL {
  return publicOrigin(process.env);
}

/** An absolute address on this site, for links that leave it (citations, embeds, previews). */
export function absoluteUrl(pathAndQuery: string): string {
  return new URL(pathAndQuery, siteOrigin()).toString();
}

/** The site's default metadata: the case's title and tagline. */
export function siteMetadata(): Metadata {
  const { case: c } = getDataset();
  return {
    metadataBase: siteOrigin(),
    title: { default: `${siteName}: ${c.title}`, template: `%s · ${siteName}` },
    description: c.tagline,
    openGraph: { siteName, type: 'website' },
    alternates: {
      types: { 'application/atom+xml': [{ url: viewPaths.feed, title: `${siteName}: changes of stance` }] },
    },
    // A large card only where a page has a preview image of its own (previewMetadata); elsewhere the plain one.
    twitter: { card: 'summary' },
  };
}
