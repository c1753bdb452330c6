/**
 * How wide the monthly chart must be for its bars to stay readable. Recharts gives each month a band, keeps
 * `categoryGap` of it empty on each side, and splits the rest among the series with `barGap` pixels between
 * bars, rounding each bar to whole pixels: these are the numbers the chart passes it.
 */
export const monthlyBars = {
  /** Narrower than this, a bar's colour can no longer be told from its neighbour's. */
  minWidth: 4,
  barGap: 1,
  categoryGap: 0.15,
} as const;

/** The plot width (without the value axis) at which every bar is at least `monthlyBars.minWidth` wide. */
export function monthlyPlotWidth(months: number, series: number): number {
  if (months === 0 || series === 0) return 0;
  const { minWidth, barGap, categoryGap } = monthlyBars;
  const bars = series * minWidth + (series - 1) * barGap;
  return Math.ceil((months * bars) / (1 - 2 * categoryGap));
}

/**
 * Where to scroll a chart wider than its box so that one month sits in the middle of the plot that shows,
 * right of the value axis pinned over the chart's left edge: a scroll offset from 0 to the most it can scroll.
 */
export function scrollToMonth(layout: {
  index: number;
  months: number;
  /** Where the plot starts in the chart, and how wide it is. */
  plotLeft: number;
  plotWidth: number;
  /** The chart's whole width and the width of the box that shows part of it. */
  chartWidth: number;
  boxWidth: number;
}): number {
  const { index, months, plotLeft, plotWidth, chartWidth, boxWidth } = layout;
  const most = Math.max(0, chartWidth - boxWidth);
  if (months === 0 || index < 0) return most;
  const centre = plotLeft + ((index + 0.5) * plotWidth) / months;
  const offset = centre - (plotLeft + boxWidth) / 2;
  return Math.round(Math.min(most, Math.max(0, offset)));
}
