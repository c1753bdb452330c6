import type { MonthlyChartSeries } from '@/lib/view/territory';

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; legends always name the series. */
export const seriesColors: Record<MonthlyChartSeries, string> = {
  'afp-isw': '#0072B2',
  deepstate: '#E69F00',
  economist: '#009E73',
};
