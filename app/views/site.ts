import 'server-only';
import type { Metadata } from 'next';
import { getDataset } from '@/lib/data';

/** The product's name: the one word of the site that belongs to no case. */
export const siteName = 'Parley';

/** The public origin for absolute links and previews; set PARLEY_ORIGIN in production. */
export function siteOrigin(): URL {
  const configured = process.env.PARLEY_ORIGIN ?? `http://localhost:${process.env.PORT ?? '3000'}`;
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
      types: { 'application/atom+xml': [{ url: '/feed.xml', title: `${siteName}: changes of stance` }] },
    },
    twitter: { card: 'summary_large_image' },
  };
}
