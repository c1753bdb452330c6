'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { dailyAreaPoints, monthlyGainRows } from '@/lib/territory/chart-series';
import type { TerritoryData } from '@/lib/territory/territory-data';
import { toQueryString } from '@/lib/view/params';
import { parseTerritoryView, serializeTerritoryView, type TerritoryContext } from '@/lib/view/territory';
import { ChartExport } from '../share/chart-export';
import { ShareBar } from '../share/share-bar';
import { useUrlView } from '../view/use-url-view';
import { ViewNotices } from '../view/view-notices';
import { ChartCredits } from './chart-credits';
import { DailyAreaTable } from './daily-area-table';
import { EventsList } from './events-list';
import { MonthlyGainsTable } from './monthly-gains-table';
import { RangeControls } from './range-controls';
import { TerritoryControls } from './territory-controls';
import { WhenVisible } from './when-visible';

// Charts load on their own, after the page is usable; the placeholder keeps their space so nothing shifts.
const chartPlaceholder = () => (
  <div className="h-[340px] animate-pulse rounded bg-slate-100 dark:bg-slate-900" />
);
const MonthlyGainsChart = dynamic(() => import('./monthly-gains-chart').then((m) => m.MonthlyGainsChart), {
  ssr: false,
  loading: chartPlaceholder,
});
const DailyAreaChart = dynamic(() => import('./daily-area-chart').then((m) => m.DailyAreaChart), {
  ssr: false,
  loading: chartPlaceholder,
});

const territoryUrl = { parse: parseTerritoryView, serialize: serializeTerritoryView };

export type TerritoryExplorerProps = {
  data: TerritoryData;
  ctx: TerritoryContext;
  highlightMonth: string;
  /** In an embed: the charts or tables only, with a link back, and no controls. */
  embedded?: boolean;
};

export function TerritoryExplorer({ data, ctx, highlightMonth, embedded = false }: TerritoryExplorerProps) {
  const { view, notices, setView } = useUrlView(territoryUrl, ctx);
  const monthly = useMemo(() => monthlyGainRows(data.figures, data.daily, view.unit), [data, view.unit]);
  const daily = useMemo(
    () => dailyAreaPoints(data.daily, { from: view.from, to: view.to }, view.unit),
    [data, view.from, view.to, view.unit],
  );
  const chart = view.display === 'chart';
  const canonicalQuery = toQueryString(serializeTerritoryView(view, ctx, { canonical: true }));
  const sources = data.series.flatMap((s) => data.sources[s.definitionSource] ?? []);
  const economist = data.sources['economist-isw-daily'];

  return (
    <div className="space-y-8">
      <ViewNotices notices={notices} />
      {embedded ? (
        <p className="text-sm">
          <a href={`/territory${canonicalQuery}`} target="_blank" rel="noopener">
            Territory by source: open in Parley
          </a>
        </p>
      ) : (
        <>
          <ShareBar
            path="/territory"
            canonicalQuery={canonicalQuery}
            title="Territory: Russia’s gains in Ukraine by source, with the talks of late 2025"
            embedPath="/embed/territory"
            downloads={[
              { label: 'Download monthly CSV', href: `/download/territory-monthly.csv${canonicalQuery}` },
              { label: 'Download daily CSV', href: `/download/territory-daily.csv${canonicalQuery}` },
              { label: 'Download JSON', href: `/download/territory.json${canonicalQuery}` },
            ]}
            sources={economist ? [...sources, economist] : sources}
          />
          <TerritoryControls view={view} onChange={setView} />
        </>
      )}

      <section aria-labelledby="monthly-heading" className="space-y-3">
        <h2 id="monthly-heading" className="text-xl font-semibold">
          Monthly gains by source
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Each source is its own series; none is spliced into another. November 2025 is outlined.
        </p>
        {chart ? (
          <figure aria-label="Chart of monthly gains by source" className="space-y-2">
            <ChartExport fileName="parley-monthly-gains" label="chart">
              <WhenVisible placeholder={chartPlaceholder()}>
                <MonthlyGainsChart
                  rows={monthly}
                  series={view.series}
                  unit={view.unit}
                  highlightMonth={highlightMonth}
                />
              </WhenVisible>
            </ChartExport>
          </figure>
        ) : (
          <MonthlyGainsTable
            rows={monthly}
            series={view.series}
            unit={view.unit}
            highlightMonth={highlightMonth}
          />
        )}
        <ChartCredits data={data} series={view.series} />
      </section>

      <section aria-labelledby="daily-heading" className="space-y-3">
        <h2 id="daily-heading" className="text-xl font-semibold">
          Area assessed as Russian-controlled, day by day
        </h2>
        {!embedded && <RangeControls view={view} dateRange={ctx.dateRange} onChange={setView} />}
        {chart ? (
          <figure aria-label="Chart of the area assessed as Russian-controlled" className="space-y-2">
            <ChartExport fileName="parley-daily-area" label="chart">
              <WhenVisible placeholder={chartPlaceholder()}>
                <DailyAreaChart points={daily.points} unit={view.unit} events={data.events} />
              </WhenVisible>
            </ChartExport>
            <figcaption className="text-sm text-slate-700 dark:text-slate-300">
              Dashed pink lines mark the negotiation events listed below. Shares are of 603,628 km², the
              series’ own denominator.
            </figcaption>
          </figure>
        ) : (
          <DailyAreaTable points={daily.points} total={daily.total} unit={view.unit} />
        )}
        <ChartCredits data={data} series={['economist']} />
        <EventsList events={data.events} from={view.from} to={view.to} />
      </section>
    </div>
  );
}
