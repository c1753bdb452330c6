import type { Metadata } from 'next';
import { Dashboard } from '@/app/ui/stances/dashboard';
import { dashboardFor } from '@/app/views/dashboard';
import { serializeFeedView } from '@/lib/view/feed';
import { toQueryString } from '@/lib/view/params';
import { previewMetadata } from '@/lib/view/preview-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { description, shareQuery, view } = dashboardFor(await searchParams);
  return previewMetadata({
    ...description,
    path: '/',
    canonicalPath: '/',
    image: '/og/stances',
    query: new URLSearchParams(shareQuery),
    feed: `/feed.xml${toQueryString(serializeFeedView(view))}`,
  });
}

export default async function HomePage({ searchParams }: Props) {
  return <Dashboard dashboard={dashboardFor(await searchParams)} />;
}
