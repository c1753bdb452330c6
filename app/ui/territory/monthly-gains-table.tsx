import { formatMonth } from '@/lib/format/date';
import { formatNumber, formatPublished } from '@/lib/format/number';
import type { MonthlyGainRow } from '@/lib/territory/chart-series';
import { type AreaUnit, areaUnitLabels } from '@/lib/territory/units';
import type { MonthlyChartSeries } from '@/lib/view/territory';
import { seriesLabels } from './territory-controls';

export type MonthlyGainsTableProps = {
  rows: MonthlyGainRow[];
  series: MonthlyChartSeries[];
  unit: AreaUnit;
  highlightMonth: string;
};

/** The monthly chart's numbers. Published km² appear as published; miles are exact, with the publisher's own beside. */
export function MonthlyGainsTable({ rows, series, unit, highlightMonth }: MonthlyGainsTableProps) {
  const show = (row: MonthlyGainRow, id: MonthlyChartSeries) => {
    const value = row.values[id];
    if (value === null) return <span className="text-slate-600 dark:text-slate-400">none published</span>;
    const published = row.publishedSqMi[id];
    const text =
      unit === 'km2'
        ? id === 'economist'
          ? formatNumber(value, 1)
          : formatPublished(value)
        : formatNumber(value, 2);
    return (
      <>
        {text}
        {unit === 'sqmi' && published !== undefined && (
          <span className="block text-xs text-slate-600 dark:text-slate-400">
            published as {formatPublished(published)}
          </span>
        )}
      </>
    );
  };
  return (
    <section
      className="relative max-h-[28rem] overflow-auto rounded border border-slate-300 dark:border-slate-700"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1)
      tabIndex={0}
      aria-label="Monthly gains table"
    >
      <table className="w-full border-collapse text-sm">
        <caption className="p-2 text-left font-semibold">Net monthly gains, {areaUnitLabels[unit]}</caption>
        <thead className="sticky top-0 bg-white dark:bg-slate-950">
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="p-2 text-left">
              Month
            </th>
            {series.map((id) => (
              <th key={id} scope="col" className="p-2 text-right">
                {seriesLabels[id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.month}
              className={`border-b border-slate-200 dark:border-slate-800 ${row.month === highlightMonth ? 'font-bold' : ''}`}
            >
              <th scope="row" className="p-2 text-left font-normal">
                {formatMonth(row.month)}
                {row.month === highlightMonth && <span className="sr-only"> (highlighted)</span>}
              </th>
              {series.map((id) => (
                <td key={id} className="p-2 text-right tabular-nums">
                  {show(row, id)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
