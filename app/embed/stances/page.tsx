import type { Metadata } from 'next';
import { ChangesView } from '@/app/ui/stances/changes-view';
import { CompareView } from '@/app/ui/stances/compare-view';
import { EmbeddedCell } from '@/app/ui/stances/embedded-cell';
import { StanceLegend } from '@/app/ui/stances/stance-legend';
import { StanceMatrix } from '@/app/ui/stances/stance-matrix';
import { ViewNotices } from '@/app/ui/view/view-notices';
import { dashboardFeedHref, dashboardFor } from '@/app/views/dashboard';
import { viewPaths } from '@/lib/view/paths';
import { previewMetadata } from '@/lib/view/preview-metadata';
import { siteName } from '@/lib/view/site-name';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { description, shareQuery, view, ctx } = dashboardFor(await searchParams);
  return previewMetadata({
    ...description,
    path: viewPaths.embedStances,
    canonicalPath: viewPaths.dashboard,
    image: viewPaths.previewStances,
    query: new URLSearchParams(shareQuery),
    feed: dashboardFeedHref(view, ctx),
  });
}

/** One dashboard view for other sites to frame: no site chrome and no controls; cells open on Parley. */
export default async function EmbedStancesPage({ searchParams }: Props) {
  const { view, ctx, model, changes, data, notices, description, shareQuery, agreement, evidence } =
    dashboardFor(await searchParams);
  const fullView = `${viewPaths.dashboard}${shareQuery}`;
  return (
    <div className="space-y-3">
      <h1 className="text-base font-semibold">
        <a href={fullView} target="_blank" rel="noopener">
          {description.title}
        </a>{' '}
        <span className="font-normal text-slate-700 dark:text-slate-300">· {siteName}</span>
      </h1>
      <ViewNotices notices={notices} />
      {evidence && <EmbeddedCell evidence={evidence} href={fullView} />}
      {view.mode === 'matrix' && <StanceMatrix model={model} view={view} ctx={ctx} embedded />}
      {view.mode === 'compare' && (
        <CompareView model={model} agreement={agreement} view={view} ctx={ctx} embedded />
      )}
      {view.mode === 'changes' && changes && (
        <ChangesView changes={changes} data={data} view={view} ctx={ctx} embedded />
      )}
      <StanceLegend />
    </div>
  );
}
