import type { Metadata } from 'next';
import { toQueryString } from './params';
import { siteName } from './site-name';

type PreviewInput = {
  title: string;
  description: string;
  /** The page being described. */
  path: string;
  /** Where the full view lives; embeds point their canonical link at it. */
  canonicalPath: string;
  /** The route that draws the 1200×630 preview image. */
  image: string;
  query: URLSearchParams;
  /** The image's own query, where the page's query is not a view (a party's page shows a dashboard view). */
  imageQuery?: URLSearchParams;
  /** The feed of changes that fits the page, for <link rel="alternate">; pages' metadata replaces the site's. */
  feed: string;
};

export function previewMetadata({
  title,
  description,
  path,
  canonicalPath,
  image,
  query,
  imageQuery = query,
  feed,
}: PreviewInput): Metadata {
  const q = toQueryString(query);
  const imageUrl = `${image}${toQueryString(imageQuery)}`;
  return {
    title,
    description,
    alternates: {
      canonical: `${canonicalPath}${q}`,
      types: { 'application/atom+xml': [{ url: feed, title: `${siteName}: changes of stance` }] },
    },
    openGraph: {
      title,
      description,
      url: `${path}${q}`,
      type: 'website',
      siteName,
      images: [{ url: imageUrl, width: 1200, height: 630, alt: title }],
    },
    twitter: { card: 'summary_large_image', title, description, images: [imageUrl] },
  };
}
