import type { Territory } from '@/app/views/territory';
import { formatDate, formatShortDate } from '@/lib/format/date';
import { dailyChartData, rangePresets } from '@/lib/territory/daily-range';
import { ChartFigure } from './chart-figure';
import { DailyTable } from './daily-table';
import { EventsList } from './events-list';
import { LazyDailyChart } from './lazy-charts';
import { RangeControls } from './range-controls';
import { StaticDailyChart } from './static-charts';

export type DailySectionProps = { territory: Territory; link: string; embedded?: boolean };

/** The daily series in the chosen range, drawn as change from its first day, with the events of that range. */
export function DailySection({ territory, link, embedded = false }: DailySectionProps) {
  const { data, ctx, view, model } = territory;
  const { daily } = model;
  const info = data.daily;
  if (!daily || !info) return null;
  const colorIndex = data.series.findIndex((s) => s.derived);
  const table = embedded || view.display === 'table';
  const title = `${daily.name}: change since ${formatDate(daily.from)}`;
  const subtitle = `${daily.unitLabel}, ${formatDate(daily.from)} to ${formatDate(daily.to)}. Zero is the area on the first day, ${daily.baseline.text}.`;
  const defaults = ctx.defaults;
  return (
    <section aria-labelledby="daily-heading" className="space-y-3">
      <h2 id="daily-heading" className="text-xl font-semibold">
        Day by day
      </h2>
      {!embedded && defaults.from && defaults.to && (
        <RangeControls
          view={view}
          ctx={ctx}
          range={info.range}
          presets={rangePresets(info.range, { from: defaults.from, to: defaults.to }, model.panel)}
        />
      )}
      <p>
        Over the range: <span className="font-semibold">{daily.change}</span>.
      </p>
      <ChartFigure
        id="daily-figure"
        title={title}
        subtitle={subtitle}
        credits={[daily.credit]}
        exportAs={
          table
            ? undefined
            : { fileName: 'parley-territory-daily', legend: [{ name: daily.name, colorIndex }], link }
        }
      >
        {table ? (
          <DailyTable daily={daily} />
        ) : (
          <LazyDailyChart
            {...dailyChartData(daily)}
            unitLabel={daily.unitLabel}
            since={`since ${formatShortDate(daily.from)}`}
            percentOf={daily.denominatorLabel}
            colorIndex={colorIndex}
            fallback={<StaticDailyChart daily={daily} colorIndex={colorIndex} />}
          />
        )}
      </ChartFigure>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <span className="font-medium">Counts: </span>
        {daily.definition}
        {!table && ' Numbered markers along the top are the events listed below.'}
      </p>
      <EventsList events={daily.events} />
    </section>
  );
}
