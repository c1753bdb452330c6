import type { Territory } from '@/app/views/territory';
import { ChartFigure } from './chart-figure';
import { DailyTable } from './daily-table';
import { EventsList } from './events-list';
import { LazyDailyChart } from './lazy-charts';
import { RangeControls } from './range-controls';
import { StaticDailyChart } from './static-charts';

export type DailySectionProps = { territory: Territory; link: string; embedded?: boolean };

/** The daily series in the chosen range, drawn as change from its first day, with the events of that range. */
export function DailySection({ territory, link, embedded = false }: DailySectionProps) {
  const { view, model } = territory;
  const { daily, ranges } = model;
  if (!daily) return null;
  const table = embedded || view.display === 'table';
  return (
    <section aria-labelledby="daily-heading" className="space-y-3">
      <h2 id="daily-heading" className="text-xl font-semibold">
        Day by day
      </h2>
      {!embedded && ranges && <RangeControls ranges={ranges} />}
      <p>
        Over the range: <span className="font-semibold">{daily.change}</span>.
      </p>
      <ChartFigure
        id="daily-figure"
        title={daily.title}
        subtitle={daily.subtitle}
        credits={[daily.credit]}
        exportAs={
          table
            ? undefined
            : {
                fileName: 'parley-territory-daily',
                legend: [{ name: daily.name, colorIndex: daily.colorIndex }],
                link,
              }
        }
      >
        {table ? (
          <DailyTable daily={daily} />
        ) : (
          <LazyDailyChart {...daily.chart} fallback={<StaticDailyChart daily={daily} />} />
        )}
      </ChartFigure>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <span className="font-semibold">Counts: </span>
        {daily.definition}
        {!table && ' Numbered markers along the top are the events listed below.'}
      </p>
      <EventsList events={daily.events} />
    </section>
  );
}
