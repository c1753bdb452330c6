import type { Metadata } from 'next';
import { ChangesView } from '@/app/ui/stances/changes-view';
import { CompareView } from '@/app/ui/stances/compare-view';
import { StanceLegend } from '@/app/ui/stances/stance-legend';
import { StanceMatrix } from '@/app/ui/stances/stance-matrix';
import { ViewNotices } from '@/app/ui/view/view-notices';
import { dashboardFor } from '@/app/views/dashboard';
import { serializeFeedView } from '@/lib/view/feed';
import { toQueryString } from '@/lib/view/params';
import { previewMetadata } from '@/lib/view/preview-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { description, shareQuery, view } = dashboardFor(await searchParams);
  return previewMetadata({
    ...description,
    path: '/embed/stances',
    canonicalPath: '/',
    image: '/og/stances',
    query: new URLSearchParams(shareQuery),
    feed: `/feed.xml${toQueryString(serializeFeedView(view))}`,
  });
}

/** One dashboard view for other sites to frame: no site chrome and no controls; cells open on Parley. */
export default async function EmbedStancesPage({ searchParams }: Props) {
  const { view, ctx, model, changes, data, notices, description, shareQuery } = dashboardFor(
    await searchParams,
  );
  return (
    <div className="space-y-3">
      <h1 className="text-base font-semibold">
        <a href={`/${shareQuery}`} target="_blank" rel="noopener">
          {description.title}
        </a>{' '}
        <span className="font-normal text-slate-700 dark:text-slate-300">· Parley</span>
      </h1>
      <ViewNotices notices={notices} />
      {view.mode === 'matrix' && <StanceMatrix model={model} view={view} ctx={ctx} embedded />}
      {view.mode === 'compare' && <CompareView model={model} view={view} ctx={ctx} embedded />}
      {view.mode === 'changes' && changes && (
        <ChangesView changes={changes} data={data} view={view} ctx={ctx} embedded />
      )}
      <StanceLegend />
    </div>
  );
}
