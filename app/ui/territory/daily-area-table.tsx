import { formatDate } from '@/lib/format/date';
import { formatNumber } from '@/lib/format/number';
import type { DailyAreaPoint } from '@/lib/territory/chart-series';
import { type AreaUnit, areaUnitLabels } from '@/lib/territory/units';

export type DailyAreaTableProps = { points: DailyAreaPoint[]; total: number; unit: AreaUnit };

/** The daily chart's numbers: exactly the points it draws. */
export function DailyAreaTable({ points, total, unit }: DailyAreaTableProps) {
  return (
    <section
      className="relative max-h-[28rem] overflow-auto rounded border border-slate-300 dark:border-slate-700"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1)
      tabIndex={0}
      aria-label="Daily area table"
    >
      <table className="w-full border-collapse text-sm">
        <caption className="p-2 text-left">
          <span className="font-semibold">Area assessed as Russian-controlled</span>{' '}
          {points.length < total
            ? `(${points.length} of ${total} days: each stretch keeps its highest and lowest day)`
            : `(${total} days)`}
        </caption>
        <thead className="sticky top-0 bg-white dark:bg-slate-950">
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="p-2 text-left">
              Date
            </th>
            <th scope="col" className="p-2 text-right">
              Area, {areaUnitLabels[unit]}
            </th>
            <th scope="col" className="p-2 text-right">
              Share of 603,628 km²
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.date} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className="p-2 text-left font-normal">
                {formatDate(point.date)}
              </th>
              <td className="p-2 text-right tabular-nums">{formatNumber(point.area, 1)}</td>
              <td className="p-2 text-right tabular-nums">{formatNumber(point.percent, 3)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
