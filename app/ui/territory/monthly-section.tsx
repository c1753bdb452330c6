import type { Territory } from '@/app/views/territory';
import { formatMonth } from '@/lib/format/date';
import { ChartFigure } from './chart-figure';
import { LazyMonthlyChart } from './lazy-charts';
import { MonthlyTable } from './monthly-table';
import { SeriesControls } from './series-controls';
import { StaticMonthlyChart } from './static-charts';

export type MonthlySectionProps = {
  territory: Territory;
  /** The absolute link of exactly this view, printed on an exported chart. */
  link: string;
  /** In an embed: the table, with no controls. */
  embedded?: boolean;
};

/** Every source's monthly figures side by side: the chart (or its table), its series switches and credits. */
export function MonthlySection({ territory, link, embedded = false }: MonthlySectionProps) {
  const { view, model } = territory;
  const { monthly } = model;
  const table = embedded || view.display === 'table';
  return (
    <section aria-labelledby="monthly-heading" className="space-y-3">
      <h2 id="monthly-heading" className="text-xl font-semibold">
        Month by month
      </h2>
      <ChartFigure
        id="monthly-figure"
        title={monthly.title}
        subtitle={monthly.subtitle}
        legend={embedded ? undefined : <SeriesControls choices={monthly.choices} />}
        credits={monthly.credits}
        exportAs={
          table ? undefined : { fileName: 'parley-territory-monthly', legend: monthly.chart.columns, link }
        }
      >
        {monthly.columns.length === 0 ? (
          <p className="rounded border border-slate-300 p-3 dark:border-slate-700">
            No series chosen: tick one above to draw it.
          </p>
        ) : table ? (
          <MonthlyTable monthly={monthly} caption={`${monthly.title}, ${monthly.unitLabel}`} />
        ) : (
          <LazyMonthlyChart {...monthly.chart} fallback={<StaticMonthlyChart monthly={monthly} />} />
        )}
      </ChartFigure>
      {monthly.startsAt && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Starts with {formatMonth(monthly.startsAt)}, the first month a chosen source published.{' '}
          {embedded ? (
            <>
              The daily series’ earlier months are{' '}
              <a href={link} target="_blank" rel="noopener">
                on Parley
              </a>
              .
            </>
          ) : (
            'The daily series’ earlier months are in the month control above and in the day-by-day chart.'
          )}
        </p>
      )}
    </section>
  );
}
