/** What both territory charts share: their height, margins and ticks, so they read as one family. */
export const chartHeight = 320;

export const chartMargin = { top: 28, right: 12, bottom: 4, left: 4 } as const;

/** The time axis's height under the plot: set on both charts, so the value axis knows where the plot ends. */
export const timeAxisHeight = 30;

export const chartTick = { fill: 'currentColor', fontSize: 12 } as const;

/** Tooltips stay narrower than the narrowest chart (a 390 px screen), so they never leave the screen. */
export const tooltipWrapper = { maxWidth: 'min(17rem, calc(100vw - 3rem))', zIndex: 20 } as const;

export const tooltipClasses =
  'rounded border border-slate-400 bg-white p-2 text-sm text-slate-900 shadow-md dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

/*
 * Recharts recomputes an axis (measuring every tick label in the page) whenever one of its props is a new object
 * or function, equal or not; the charts therefore pass only these constants, or values held by their content.
 */
export const chartStyle = { width: '100%', height: chartHeight } as const;
