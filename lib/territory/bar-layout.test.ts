import { describe, expect, it } from 'vitest';
import { monthlyBars, monthlyPlotWidth, scrollToMonth } from './bar-layout';

/** The bar width recharts 3 draws in a plot: each band less its gaps, shared among the series, rounded. */
function drawnBar(plotWidth: number, months: number, series: number): number {
  const band = plotWidth / months;
  const { barGap, categoryGap } = monthlyBars;
  const size = (band * (1 - 2 * categoryGap) - (series - 1) * barGap) / series;
  return size > 1 ? Math.round(size) : size;
}

describe('monthlyPlotWidth', () => {
  it('leaves every bar at least the minimum width, whatever the months and series', () => {
    for (const months of [1, 6, 30, 120])
      for (const series of [1, 2, 5, 8])
        expect(drawnBar(monthlyPlotWidth(months, series), months, series)).toBeGreaterThanOrEqual(
          monthlyBars.minWidth,
        );
  });

  it('needs more room than a phone’s screen for thirty months of five series, less than a desktop’s', () => {
    expect(monthlyPlotWidth(30, 5)).toBeGreaterThan(390);
    expect(monthlyPlotWidth(30, 5)).toBeLessThan(1100);
    expect(monthlyPlotWidth(0, 5)).toBe(0);
    expect(monthlyPlotWidth(30, 0)).toBe(0);
  });
});

describe('scrollToMonth', () => {
  const layout = { months: 30, plotLeft: 60, plotWidth: 1200, chartWidth: 1272, boxWidth: 342 };

  it('puts the month in the middle of the plot that shows', () => {
    const offset = scrollToMonth({ ...layout, index: 15 });
    const centre = 60 + 15.5 * 40;
    expect(centre - offset).toBeCloseTo((60 + 342) / 2, 0);
  });

  it('scrolls no further than either end', () => {
    expect(scrollToMonth({ ...layout, index: 0 })).toBe(0);
    expect(scrollToMonth({ ...layout, index: 29 })).toBe(1272 - 342);
    expect(scrollToMonth({ ...layout, index: 3, chartWidth: 300 })).toBe(0);
  });

  it('shows the latest months where the month is not among those drawn', () => {
    expect(scrollToMonth({ ...layout, index: -1 })).toBe(1272 - 342);
  });
});
