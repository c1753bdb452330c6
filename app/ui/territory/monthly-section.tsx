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
  const { data, ctx, view, model } = territory;
  const { monthly } = model;
  const first = monthly.rows[0];
  const last = monthly.rows.at(-1);
  const span = first && last ? `${first.label} to ${last.label}` : 'no months';
  const title = 'Monthly change, by source';
  const shown = monthly.rows.some((r) => r.month === monthly.highlight);
  const subtitle = `${monthly.unitLabel}, ${span}${shown ? `; ${model.panel.label} shaded` : ''}. A gap is a month the source published nothing for.`;
  const credits = [...new Set(monthly.columns.map((c) => c.credit))];
  const table = embedded || view.display === 'table';
  const series = data.series.map((s, colorIndex) => ({
    id: s.id,
    name: s.name,
    kind: s.derived ? 'net, worked out from the daily series' : s.measure,
    colorIndex,
  }));
  return (
    <section aria-labelledby="monthly-heading" className="space-y-3">
      <h2 id="monthly-heading" className="text-xl font-semibold">
        Month by month
      </h2>
      <ChartFigure
        id="monthly-figure"
        title={title}
        subtitle={subtitle}
        legend={embedded ? undefined : <SeriesControls view={view} ctx={ctx} series={series} />}
        credits={credits}
        exportAs={
          table
            ? undefined
            : {
                fileName: 'parley-territory-monthly',
                legend: monthly.columns.map(({ name, colorIndex }) => ({ name, colorIndex })),
                link,
              }
        }
      >
        {monthly.columns.length === 0 ? (
          <p className="rounded border border-slate-300 p-3 dark:border-slate-700">
            No series chosen: tick one above to draw it.
          </p>
        ) : table ? (
          <MonthlyTable monthly={monthly} caption={`${title}, ${monthly.unitLabel}`} />
        ) : (
          <LazyMonthlyChart
            columns={monthly.columns.map(({ id, name, colorIndex }) => ({ id, name, colorIndex }))}
            rows={monthly.rows.map((r) => ({
              month: r.month,
              label: r.label,
              short: r.short,
              values: r.cells.map((c) => c.value),
              texts: r.cells.map((c) => c.text),
            }))}
            unitLabel={monthly.unitLabel}
            highlight={monthly.highlight}
            fallback={<StaticMonthlyChart monthly={monthly} />}
          />
        )}
      </ChartFigure>
      {monthly.startsAt && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Starts with {formatMonth(monthly.startsAt)}, the first month a chosen source published. The daily
          series’ earlier months are in the month control above and in the day-by-day chart.
        </p>
      )}
    </section>
  );
}
