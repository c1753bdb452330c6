import 'server-only';
import type { Metadata } from 'next';
import { getDataset } from '@/lib/data';
import { viewPaths } from '@/lib/view/paths';
import { siteName } from '@/lib/view/site-name';

/**
 * The public origin for absolute links and previews. Set PARLEY_ORIGIN in production: the fallback does not depend
 * on the port, so that two processes of one build serve the same bytes for a URL, as their shared ETag promises.
 */
export function siteOrigin(): URL {
  const configured = process.env.PARLEY_ORIGIN ?? 'http://localhost:3000';
  try {
    return new URL(configured);
  } catch {
    return new URL('http://localhost:3000');
  }
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
    twitter: { card: 'summary_large_image' },
  };
}
