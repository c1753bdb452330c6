import type { Metadata } from 'next';
import { CaseIndex } from '@/app/ui/stances/case-index';
import { Dashboard } from '@/app/ui/stances/dashboard';
import { HeadlinePanel } from '@/app/ui/territory/headline-panel';
import { dashboardFeedHref, dashboardFor } from '@/app/views/dashboard';
import { territoryHeadline } from '@/app/views/territory';
import { viewPaths } from '@/lib/view/paths';
import { previewMetadata } from '@/lib/view/preview-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { description, shareQuery, view, ctx } = dashboardFor(await searchParams);
  return previewMetadata({
    ...description,
    path: viewPaths.dashboard,
    canonicalPath: viewPaths.dashboard,
    image: viewPaths.previewStances,
    query: new URLSearchParams(shareQuery),
    feed: dashboardFeedHref(view, ctx),
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
