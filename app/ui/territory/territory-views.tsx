import Link from 'next/link';
import { absoluteUrl } from '@/app/views/site';
import type { Territory } from '@/app/views/territory';
import { formatDate } from '@/lib/format/date';
import { downloadFiles, downloadPath, methodAnchors, methodPath, viewPaths } from '@/lib/view/paths';
import { ShareBar } from '../share/share-bar';
import { PendingRegion, ViewNavigation } from '../view/view-navigation';
import { ViewNotices } from '../view/view-notices';
import { DailySection } from './daily-section';
import { DisplayControls } from './display-controls';
import { MonthControl } from './month-control';
import { MonthPanel } from './month-panel';
import { MonthlySection } from './monthly-section';
import { seriesColorVariables } from './series-colors';
import { TerritoryForm } from './territory-form';

/** The territory page: the month's figures by source, then month by month, then day by day with the events. */
export function TerritoryViews({ territory }: { territory: Territory }) {
  const { data, view, ctx, notices, model, shareQuery } = territory;
  const link = absoluteUrl(`${viewPaths.territory}${shareQuery}`);
  const file = (name: (typeof downloadFiles)[keyof typeof downloadFiles]) =>
    `${downloadPath(name)}${shareQuery}`;
  return (
    <ViewNavigation>
      <TerritoryForm view={view} ctx={ctx}>
        <div className="space-y-8" style={seriesColorVariables()}>
          <div className="space-y-3">
            <h1 className="text-xl font-semibold sm:text-2xl">
              Territory held by {data.holder} in {data.region}, by source
            </h1>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              Each source’s monthly figures side by side, never merged
              {data.daily ? `, and ${data.daily.name} day by day` : ''}. Data brought up to date on{' '}
              {formatDate(data.asOf)}.{' '}
              <Link href={methodPath(methodAnchors.territory)}>How the figures are kept and compared</Link>.
            </p>
            <ViewNotices notices={notices} />
            <DisplayControls />
            <ShareBar
              title={model.title}
              shareUrl={link}
              embedUrl={absoluteUrl(`${viewPaths.embedTerritory}${shareQuery}`)}
              downloads={[
                { label: 'Download monthly CSV', href: file(downloadFiles.territoryMonthlyCsv) },
                ...(model.daily
                  ? [{ label: 'Download daily CSV', href: file(downloadFiles.territoryDailyCsv) }]
                  : []),
                { label: 'Download JSON', href: file(downloadFiles.territoryJson) },
              ]}
              sourceCount={model.sources.length}
              sourcesHref={file(downloadFiles.territoryJson)}
            />
          </div>
          <PendingRegion label="the territory view">
            <div className="space-y-10">
              <MonthPanel
                panel={model.panel}
                controls={
                  <MonthControl
                    choices={model.months}
                    previous={model.panel.previous}
                    next={model.panel.next}
                  />
                }
              />
              <MonthlySection territory={territory} link={link} />
              <DailySection territory={territory} link={link} />
            </div>
          </PendingRegion>
        </div>
      </TerritoryForm>
    </ViewNavigation>
  );
}
