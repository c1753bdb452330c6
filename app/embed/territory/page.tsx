import type { Metadata } from 'next';
import { DailySection } from '@/app/ui/territory/daily-section';
import { MonthPanel } from '@/app/ui/territory/month-panel';
import { MonthlySection } from '@/app/ui/territory/monthly-section';
import { seriesColorVariables } from '@/app/ui/territory/series-colors';
import { ViewNotices } from '@/app/ui/view/view-notices';
import { absoluteUrl } from '@/app/views/site';
import { territoryFor } from '@/app/views/territory';
import { viewPaths } from '@/lib/view/paths';
import { previewMetadata } from '@/lib/view/preview-metadata';
import { siteName } from '@/lib/view/site-name';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const territory = territoryFor(await searchParams);
  if (!territory) return { title: 'Territory' };
  return previewMetadata({
    title: territory.model.title,
    description: territory.model.description,
    path: viewPaths.embedTerritory,
    canonicalPath: viewPaths.territory,
    image: viewPaths.previewTerritory,
    query: new URLSearchParams(territory.viewQuery),
    feed: viewPaths.feed,
  });
}

/** One territory view for other sites to frame: the month's panel and the tables, without site chrome or controls. */
export default async function EmbedTerritoryPage({ searchParams }: Props) {
  const territory = territoryFor(await searchParams);
  if (!territory) return <p>This case has no territorial figures.</p>;
  const link = absoluteUrl(`${viewPaths.territory}${territory.shareQuery}`);
  return (
    <div className="space-y-6" style={seriesColorVariables()}>
      <p className="text-base font-semibold">
        <a href={link} target="_blank" rel="noopener">
          {territory.model.title}
        </a>{' '}
        <span className="font-normal text-slate-700 dark:text-slate-300">· {siteName}</span>
      </p>
      <ViewNotices notices={territory.notices} />
      <MonthPanel panel={territory.model.panel} headingLevel="h1" />
      <MonthlySection territory={territory} link={link} embedded />
      <DailySection territory={territory} link={link} embedded />
    </div>
  );
}
