import type { DailyAreaRow, MonthlyFigure, MonthlySeries } from '../schemas/territory';
import { monthlyChange } from './monthly-change';

export type PublishedMonthFigure = { series: MonthlySeries; figure: MonthlyFigure };

export type DerivedMonthFigure = {
  fromDate: string;
  toDate: string;
  changeKm2: number;
  endAreaKm2: number;
  /** The share the series itself publishes for the month's last day (of 603,628 km²). */
  endSharePercent: number;
};

/**
 * Every published figure for a month, one per series, with the derived change of the daily series beside them.
 * A revised figure wins over the first one published, since the publisher corrected itself.
 */
export function monthSummary(
  territory: {
    series: MonthlySeries[];
    figures: MonthlyFigure[];
    rows: readonly Pick<DailyAreaRow, 'date' | 'areaM2' | 'percent'>[];
  },
  month: string,
): { published: PublishedMonthFigure[]; derived: DerivedMonthFigure | undefined } {
  const published: PublishedMonthFigure[] = [];
  for (const series of territory.series) {
    const candidates = territory.figures.filter((f) => f.series === series.id && f.month === month);
    const figure = candidates.find((f) => f.status === 'revised') ?? candidates[0];
    if (figure) published.push({ series, figure });
  }
  const change = monthlyChange(territory.rows, month);
  const endRow = change && territory.rows.find((row) => row.date === change.toDate);
  const derived =
    change && endRow
      ? {
          fromDate: change.fromDate,
          toDate: change.toDate,
          changeKm2: change.changeKm2,
          endAreaKm2: change.toKm2,
          endSharePercent: endRow.percent,
        }
      : undefined;
  return { published, derived };
}
