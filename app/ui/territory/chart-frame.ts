/** What both territory charts share: their height, margins, grid and ticks, so they read as one family. */
export const chartHeight = 320;

export const chartMargin = { top: 28, right: 12, bottom: 4, left: 4 } as const;

export const chartGrid = {
  strokeDasharray: '3 3',
  vertical: false,
  stroke: 'currentColor',
  strokeOpacity: 0.2,
} as const;

export const chartTick = { fill: 'currentColor', fontSize: 12 } as const;

/** Tooltips stay narrower than the narrowest chart (a 390 px screen), so they never leave the screen. */
export const tooltipWrapper = { maxWidth: 'min(17rem, calc(100vw - 3rem))', zIndex: 20 } as const;

export const tooltipClasses =
  'rounded border border-slate-400 bg-white p-2 text-sm text-slate-900 shadow-md dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';
