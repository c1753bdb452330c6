import { formatDate, formatShortDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import type { DailyModel } from '@/lib/territory/daily-range';
import { computedNumber } from '@/lib/territory/units';

export type DailyTableProps = { daily: DailyModel };

/**
 * The daily chart's figures as a table, the full area beside each change: every day of a short range; of a long
 * one, fewer days than the chart draws (each stretch's lowest and highest), so it stays readable.
 */
export function DailyTable({ daily }: DailyTableProps) {
  return (
    <section
      aria-label="Daily figures table"
      className="relative max-h-[32rem] overflow-auto rounded border border-slate-300 dark:border-slate-700"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1)
      tabIndex={0}
    >
      <table className="w-full border-collapse text-sm">
        <caption className="p-2 text-left">
          <span className="font-semibold">{daily.name}, day by day</span>{' '}
          {daily.tableRows.length < daily.days
            ? `(${daily.tableRows.length} of ${daily.days} days: each stretch of days keeps its lowest and highest; the daily CSV has every day)`
            : `(${daily.days} days)`}
          . Shares are of {daily.denominatorLabel}.
        </caption>
        <thead className="sticky top-0 bg-white dark:bg-slate-950">
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="p-2 text-left">
              Date
            </th>
            <th scope="col" className="p-2 text-right">
              Change since {formatShortDate(daily.from)}, {daily.unitLabel}
            </th>
            <th scope="col" className="p-2 text-right">
              Area, {daily.unitLabel}
            </th>
            <th scope="col" className="p-2 text-right">
              Share, %
            </th>
          </tr>
        </thead>
        <tbody>
          {daily.tableRows.map((p) => (
            <tr key={p.date} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className="p-2 text-left font-normal whitespace-nowrap">
                {formatDate(p.date)}
              </th>
              <td className="p-2 text-right tabular-nums">{computedNumber(p.change, daily.unit, true)}</td>
              <td className="p-2 text-right tabular-nums">{computedNumber(p.area, daily.unit, false)}</td>
              <td className="p-2 text-right tabular-nums">{formatNumber(p.percent, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
