import { formatMonth } from '../format/date';
import { formatNumber, formatPublished, formatSigned } from '../format/number';
import type { MonthlyFigure, MonthlySeries } from '../schemas/territory';
import type { DailyPoint } from './chart-series';
import { monthSummary } from './month-summary';
import { type AreaUnit, km2ToSqMi } from './units';

/** The month the seed article reports, which the territory views lead with. */
export const headlineMonth = '2025-11';

export type HeadlineFigure = { label: string; value: string; note: string };

/**
 * The headline month's figure from each source, as short text in the chosen unit. Published numbers stay as
 * published; a conversion is exact and says what was published.
 */
export function headlineFigures(
  territory: { series: MonthlySeries[]; figures: MonthlyFigure[]; daily: readonly DailyPoint[] },
  unit: AreaUnit,
): { month: string; figures: HeadlineFigure[] } {
  const summary = monthSummary({ ...territory, rows: territory.daily }, headlineMonth);
  const figures: HeadlineFigure[] = summary.published.map(({ series, figure }) => {
    const km2 = `${formatPublished(figure.gainKm2)} km²`;
    const sqmi =
      figure.gainSqMiPublished !== undefined
        ? `${formatPublished(figure.gainSqMiPublished)} sq mi`
        : `${formatNumber(km2ToSqMi(figure.gainKm2), 2)} sq mi`;
    const share =
      figure.sharePercentPublished !== undefined
        ? `; ${formatPublished(figure.sharePercentPublished)} % of Ukraine`
        : '';
    return {
      label: series.name,
      value: unit === 'km2' ? km2 : sqmi,
      note: `${unit === 'km2' ? sqmi : km2}${share}`,
    };
  });
  if (summary.derived) {
    const { changeKm2, fromDate, toDate } = summary.derived;
    figures.push({
      label: 'Economist/ISW daily series',
      value:
        unit === 'km2' ? `${formatSigned(changeKm2)} km²` : `${formatSigned(km2ToSqMi(changeKm2), 2)} sq mi`,
      note: `${fromDate} to ${toDate}; assessed control only`,
    });
  }
  return { month: formatMonth(headlineMonth), figures };
}
