import type { Metadata } from 'next';

export const siteName = 'Parley';
export const siteTagline =
  'Where the parties to the Russia–Ukraine talks of late 2025 stand on each disputed issue, with the evidence behind every cell.';

/** The public origin for absolute links and previews; set PARLEY_ORIGIN in production. */
export function siteOrigin(): URL {
  const configured = process.env.PARLEY_ORIGIN ?? `http://localhost:${process.env.PORT ?? '3000'}`;
  try {
    return new URL(configured);
  } catch {
    return new URL('http://localhost:3000');
  }
}

export function siteMetadata(): Metadata {
  return {
    metadataBase: siteOrigin(),
    title: { default: `${siteName}: the Russia–Ukraine talks, issue by issue`, template: `%s · ${siteName}` },
    description: siteTagline,
    openGraph: { siteName, type: 'website' },
    twitter: { card: 'summary_large_image' },
  };
}
