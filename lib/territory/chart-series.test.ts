import { describe, expect, it } from 'vitest';
import type { DailyAreaRow, MonthlyFigure } from '../schemas/territory';
import { dailyAreaPoints, monthlyGainRows } from './chart-series';

function figure(
  series: MonthlyFigure['series'],
  month: string,
  gainKm2: number,
  extra: Partial<MonthlyFigure> = {},
): MonthlyFigure {
  return {
    id: `${series}-${month}`,
    series,
    month,
    gainKm2,
    status: 'verified',
    quote: 'q',
    source: 's',
    ...extra,
  };
}
function day(date: string, km2: number): DailyAreaRow {
  return {
    date,
    areaM2: km2 * 1e6,
    changeM2: null,
    change7dM2: null,
    change30dM2: null,
    percent: km2 / 6036.28,
  };
}

describe('monthlyGainRows', () => {
  const figures = [
    figure('afp-isw', '2025-11', 701, { gainSqMiPublished: 270 }),
    figure('deepstate', '2025-11', 505),
    figure('afp-isw', '2024-12', 465),
    figure('afp-isw', '2024-12', 476, { status: 'revised', id: 'afp-rev' }),
  ];
  const daily = [day('2025-10-31', 119339.8), day('2025-11-30', 119935.5)];

  it('keeps each source in its own series and derives the Economist month from the daily rows', () => {
    const rows = monthlyGainRows(figures, daily, 'km2');
    expect(rows.map((r) => r.month)).toEqual(['2024-12', '2025-11']);
    const november = rows[1];
    expect(november?.values['afp-isw']).toBe(701);
    expect(november?.values.deepstate).toBe(505);
    expect(november?.values.economist?.toFixed(1)).toBe('595.7');
    expect(rows[0]?.values.deepstate).toBeNull();
  });

  it('uses a revision over the first published figure', () => {
    expect(monthlyGainRows(figures, daily, 'km2')[0]?.values['afp-isw']).toBe(476);
  });

  it('converts exactly to square miles and keeps the published miles beside them', () => {
    const november = monthlyGainRows(figures, daily, 'sqmi')[1];
    expect(november?.values['afp-isw']?.toFixed(2)).toBe('270.66');
    expect(november?.publishedSqMi['afp-isw']).toBe(270);
  });
});

describe('dailyAreaPoints', () => {
  it('limits the series to the chosen range, inclusive', () => {
    const rows = [day('2025-01-01', 1), day('2025-01-02', 2), day('2025-01-03', 3)];
    const { points, total } = dailyAreaPoints(rows, { from: '2025-01-02', to: '2025-01-03' }, 'km2');
    expect(points.map((p) => p.date)).toEqual(['2025-01-02', '2025-01-03']);
    expect(total).toBe(2);
  });
});
