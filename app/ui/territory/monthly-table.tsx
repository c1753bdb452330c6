import { markWords } from '@/lib/territory/figure-marks';
import type { MonthlyModel } from '@/lib/territory/monthly-rows';

export type MonthlyTableProps = { monthly: MonthlyModel; caption: string };

/**
 * The monthly chart's figures as a table: as published in km², exact in miles with the publisher's own beside,
 * each figure's marks (revised, part of month…) in words under it, and what each mark means under the table.
 */
export function MonthlyTable({ monthly, caption }: MonthlyTableProps) {
  return (
    <div className="space-y-2">
      <section
        aria-label="Monthly figures table"
        className="relative max-h-[32rem] overflow-auto rounded border border-slate-300 dark:border-slate-700"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1)
        tabIndex={0}
      >
        <table className="w-full border-collapse text-sm">
          <caption className="p-2 text-left font-semibold">{caption}</caption>
          <thead className="sticky top-0 bg-white dark:bg-slate-950">
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="sticky left-0 bg-white p-2 text-left dark:bg-slate-950">
                Month
              </th>
              {monthly.columns.map((c) => (
                <th key={c.id} scope="col" className="p-2 text-right align-bottom">
                  {c.name}{' '}
                  <span className="block text-xs font-normal text-slate-700 dark:text-slate-300">
                    {c.kindLabel}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthly.rows.map((row) => {
              const highlighted = row.month === monthly.highlight;
              return (
                <tr
                  key={row.month}
                  className={`border-b border-slate-200 dark:border-slate-800 ${highlighted ? 'bg-slate-100 font-semibold dark:bg-slate-800' : ''}`}
                >
                  <th
                    scope="row"
                    className={`sticky left-0 p-2 text-left font-normal whitespace-nowrap ${highlighted ? 'bg-slate-100 dark:bg-slate-800' : 'bg-white dark:bg-slate-950'}`}
                  >
                    {row.label}
                    {highlighted && <span className="sr-only"> (the panel’s month)</span>}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={monthly.columns[i]?.id ?? i} className="p-2 text-right tabular-nums">
                      {cell.value === null ? (
                        <span className="text-slate-600 dark:text-slate-400">no figure</span>
                      ) : (
                        <>
                          {cell.text}
                          {cell.publishedAs && (
                            <span className="block text-xs font-normal text-slate-700 dark:text-slate-300">
                              {cell.publishedAs}
                            </span>
                          )}
                          {cell.marks.length > 0 && (
                            <span className="block text-xs font-normal italic text-slate-700 dark:text-slate-300">
                              {markWords(cell.marks, cell.period)}
                            </span>
                          )}
                        </>
                      )}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {monthly.marks.length > 0 && (
        <div className="text-sm text-slate-700 dark:text-slate-300">
          <p>What the marks under some figures mean:</p>
          <dl>
            {monthly.marks.map(({ mark, meaning }) => (
              <div key={mark}>
                <dt className="inline italic">{mark}</dt>
                <dd className="inline">: {meaning}.</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
    </div>
  );
}
