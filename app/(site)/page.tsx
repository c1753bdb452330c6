import type { Metadata } from 'next';
import { CaseIndex } from '@/app/ui/stances/case-index';
import { Dashboard } from '@/app/ui/stances/dashboard';
import { HeadlinePanel } from '@/app/ui/territory/headline-panel';
import { dashboardFor } from '@/app/views/dashboard';
import { territoryHeadline } from '@/app/views/territory';
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
  const dashboard = dashboardFor(await searchParams);
  const headline = territoryHeadline();
  return (
    <div className="space-y-8">
      <Dashboard dashboard={dashboard} />
      {headline && <HeadlinePanel headline={headline} />}
      <CaseIndex parties={dashboard.data.parties} issues={dashboard.data.issues} />
    </div>
  );
}
