/** What both territory charts share: their box, margins, grid and tick style, so they read as one family. */
export const chartFrame = {
  style: { width: '100%', height: 340 },
  margin: { top: 8, right: 8, bottom: 8, left: 8 },
} as const;

export const chartGrid = {
  strokeDasharray: '3 3',
  vertical: false,
  stroke: 'currentColor',
  strokeOpacity: 0.15,
} as const;

export const chartTick = { fill: 'currentColor', fontSize: 11 } as const;
