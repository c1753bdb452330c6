import { absoluteUrl } from '@/app/views/site';
import type { Territory } from '@/app/views/territory';
import { formatDate } from '@/lib/format/date';
import { ShareBar } from '../share/share-bar';
import { PendingRegion, ViewNavigation } from '../view/view-navigation';
import { ViewNotices } from '../view/view-notices';
import { DailySection } from './daily-section';
import { DisplayControls } from './display-controls';
import { MonthNav } from './month-nav';
import { MonthPanel } from './month-panel';
import { MonthlySection } from './monthly-section';
import { territoryEmbedPath, territoryPagePath } from './paths';
import { seriesColorVariables } from './series-colors';

/** The territory page: the month's figures by source, then month by month, then day by day with the events. */
export function TerritoryViews({ territory }: { territory: Territory }) {
  const { data, view, ctx, notices, model, shareQuery } = territory;
  const link = absoluteUrl(`${territoryPagePath}${shareQuery}`);
  return (
    <ViewNavigation>
      <div className="space-y-8" style={seriesColorVariables()}>
        <div className="space-y-3">
          <h1 className="text-xl font-bold sm:text-2xl">
            Territory held by {data.holder} in {data.region}, by source
          </h1>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Each source’s monthly figures side by side, never merged
            {data.daily ? `, and ${data.daily.name} day by day` : ''}. Data brought up to date on{' '}
            {formatDate(data.asOf)}.
          </p>
          <ViewNotices notices={notices} />
          <DisplayControls view={view} ctx={ctx} />
          <ShareBar
            title={model.title}
            shareUrl={link}
            embedUrl={absoluteUrl(`${territoryEmbedPath}${shareQuery}`)}
            downloads={[
              { label: 'Download monthly CSV', href: `/download/territory-monthly.csv${shareQuery}` },
              ...(model.daily
                ? [{ label: 'Download daily CSV', href: `/download/territory-daily.csv${shareQuery}` }]
                : []),
              { label: 'Download JSON', href: `/download/territory.json${shareQuery}` },
            ]}
            sourceCount={model.sources.length}
            sourcesHref={`/download/territory.json${shareQuery}`}
          />
        </div>
        <PendingRegion label="the territory view">
          <div className="space-y-10">
            <MonthPanel panel={model.panel} controls={<MonthNav territory={territory} />} />
            <MonthlySection territory={territory} link={link} />
            <DailySection territory={territory} link={link} />
          </div>
        </PendingRegion>
      </div>
    </ViewNavigation>
  );
}
