import type { DailyAreaRow, MonthlyFigure } from '../schemas/territory';

/** What the charts need of a daily row; the loader's rows have more. */
export type DailyPoint = Pick<DailyAreaRow, 'date' | 'areaM2' | 'percent'>;

import type { MonthlyChartSeries } from '../view/territory';
import { downsampleMinMax } from './downsample';
import { monthlyChanges } from './monthly-change';
import { type AreaUnit, km2ToUnit, m2ToKm2 } from './units';

export type MonthlyGainRow = {
  month: string;
  /** Each series' net gain in the chosen unit, or null where that source published nothing for the month. */
  values: Record<MonthlyChartSeries, number | null>;
  /** Miles as the publisher printed them, where it did, to show beside the exact conversion. */
  publishedSqMi: Partial<Record<MonthlyChartSeries, number>>;
};

/** The figure a chart shows for a month: a publisher's revision replaces its first figure. */
function chosenFigure(figures: readonly MonthlyFigure[]): MonthlyFigure | undefined {
  return figures.find((f) => f.status === 'revised') ?? figures[0];
}

/**
 * One row per month from the first to the last published monthly figure, with each series kept separate.
 * The Economist series' months are derived from its daily rows (last day of month minus last day of the month before).
 */
export function monthlyGainRows(
  figures: readonly MonthlyFigure[],
  daily: readonly DailyPoint[],
  unit: AreaUnit,
): MonthlyGainRow[] {
  const months = [...new Set(figures.map((f) => f.month))].sort();
  const economist = new Map(monthlyChanges(daily).map((c) => [c.month, c.changeKm2]));
  return months.map((month) => {
    const values: MonthlyGainRow['values'] = { 'afp-isw': null, deepstate: null, economist: null };
    const publishedSqMi: MonthlyGainRow['publishedSqMi'] = {};
    for (const series of ['afp-isw', 'deepstate'] as const) {
      const figure = chosenFigure(figures.filter((f) => f.series === series && f.month === month));
      if (!figure) continue;
      values[series] = km2ToUnit(figure.gainKm2, unit);
      if (figure.gainSqMiPublished !== undefined) publishedSqMi[series] = figure.gainSqMiPublished;
    }
    const derived = economist.get(month);
    values.economist = derived === undefined ? null : km2ToUnit(derived, unit);
    return { month, values, publishedSqMi };
  });
}

export type DailyAreaPoint = { date: string; area: number; percent: number };

/** The daily series between two dates (inclusive) in the chosen unit, thinned for drawing without losing extremes. */
export function dailyAreaPoints(
  rows: readonly DailyPoint[],
  range: { from: string | null; to: string | null },
  unit: AreaUnit,
  maxPoints = 1000,
): { points: DailyAreaPoint[]; total: number } {
  const inRange = rows.filter(
    (r) => (range.from === null || r.date >= range.from) && (range.to === null || r.date <= range.to),
  );
  const points = inRange.map((r) => ({
    date: r.date,
    area: km2ToUnit(m2ToKm2(r.areaM2), unit),
    percent: r.percent,
  }));
  return { points: downsampleMinMax(points, (p) => p.area, maxPoints), total: points.length };
}
