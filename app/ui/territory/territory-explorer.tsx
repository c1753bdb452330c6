'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { dailyAreaPoints, monthlyGainRows } from '@/lib/territory/chart-series';
import type { TerritoryData } from '@/lib/territory/territory-data';
import { parseTerritoryView, serializeTerritoryView, type TerritoryContext } from '@/lib/view/territory';
import { useUrlView } from '../view/use-url-view';
import { ViewNotices } from '../view/view-notices';
import { ChartCredits } from './chart-credits';
import { DailyAreaTable } from './daily-area-table';
import { EventsList } from './events-list';
import { MonthlyGainsTable } from './monthly-gains-table';
import { RangeControls } from './range-controls';
import { TerritoryControls } from './territory-controls';

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

export type TerritoryExplorerProps = { data: TerritoryData; ctx: TerritoryContext; highlightMonth: string };

export function TerritoryExplorer({ data, ctx, highlightMonth }: TerritoryExplorerProps) {
  const { view, notices, setView } = useUrlView(territoryUrl, ctx);
  const monthly = useMemo(() => monthlyGainRows(data.figures, data.daily, view.unit), [data, view.unit]);
  const daily = useMemo(
    () => dailyAreaPoints(data.daily, { from: view.from, to: view.to }, view.unit),
    [data, view.from, view.to, view.unit],
  );
  const chart = view.display === 'chart';

  return (
    <div className="space-y-8">
      <ViewNotices notices={notices} />
      <TerritoryControls view={view} onChange={setView} />

      <section aria-labelledby="monthly-heading" className="space-y-3">
        <h2 id="monthly-heading" className="text-xl font-semibold">
          Monthly gains by source
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Each source is its own series; none is spliced into another. November 2025 is outlined.
        </p>
        {chart ? (
          <figure aria-label="Chart of monthly gains by source" className="space-y-2">
            <MonthlyGainsChart
              rows={monthly}
              series={view.series}
              unit={view.unit}
              highlightMonth={highlightMonth}
            />
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
        <RangeControls view={view} dateRange={ctx.dateRange} onChange={setView} />
        {chart ? (
          <figure aria-label="Chart of the area assessed as Russian-controlled" className="space-y-2">
            <DailyAreaChart points={daily.points} unit={view.unit} events={data.events} />
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
