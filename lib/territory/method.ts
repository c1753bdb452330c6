import { formatDate, formatMonth } from '../format/date';
import { formatNumber } from '../format/number';
import type { MonthlyMeasure } from '../schemas/closed-sets';
import { type FigureStatus, figureStatuses, type MonthlyFigure } from '../schemas/territory';
import { maxDailyPoints, maxDailyTableRows } from './daily-range';
import type { SourceRef, TerritoryData } from './territory-data';
import { computedArea, computedDecimals, km2PerSqMi, milesMatch, publishedNumber } from './units';

/** What each status of a published figure means to a reader, and what the views do with it. */
export const figureStatusMeanings: Record<FigureStatus, string> = {
  verified: 'The number appears word for word on the public page quoted with it.',
  revised:
    'A later figure the publisher gave for the same month. It is shown in place of the first, which stays listed beside it with its own source.',
  preliminary:
    'Covers only part of the month. A full-month figure replaces it where one was found; shown alone, it says so.',
  secondary:
    'Known only at second hand, through another outlet or an aggregator page, not from the publisher itself; shown with that caution.',
};

/** The territory figures' method as the methodology page tells it, every case-specific word read from the data. */
export type TerritoryMethod = {
  region: string;
  holder: string;
  /** Square kilometres in a square mile, exact, and its inverse rounded: "2.589988110336", "0.386102". */
  km2PerSqMi: string;
  sqMiPerKm2: string;
  /** The precision of a figure Parley computes: "0.1 km²" and "0.01 sq mi". */
  computedPrecision: { km2: string; sqmi: string };
  series: { name: string; publisher: string; measure: MonthlyMeasure }[];
  /** A figure whose printed miles do not match its km², told as an example; undefined when the data has none. */
  unmatchedMiles: string | undefined;
  /** A revision and the figure it replaced, told as an example; undefined when the data has none. */
  revision: string | undefined;
  /** Every status, with what it means and how many published figures have it. */
  statuses: { status: FigureStatus; meaning: string; count: number }[];
  daily: { name: string; denominator: string | undefined; latestMonth: string | undefined } | undefined;
  denominators: { label: string; dividesDaily: boolean; source: SourceRef | undefined }[];
  thinning: { chartPoints: number; tableRows: number };
};

export function buildTerritoryMethod(data: TerritoryData): TerritoryMethod {
  const published = [...data.figures.values()].flatMap((byMonth) =>
    [...byMonth.values()].flatMap((chosen) => [chosen.figure, ...chosen.superseded]),
  );
  const names = new Map(data.series.map((s) => [s.id, s]));
  return {
    region: data.region,
    holder: data.holder,
    km2PerSqMi: formatNumber(km2PerSqMi, 12),
    sqMiPerKm2: formatNumber(1 / km2PerSqMi, 6),
    computedPrecision: {
      km2: `${formatNumber(10 ** -computedDecimals.km2, computedDecimals.km2)} km²`,
      sqmi: `${formatNumber(10 ** -computedDecimals.sqmi, computedDecimals.sqmi)} sq mi`,
    },
    series: data.series
      .filter((s) => !s.derived)
      .map((s) => ({ name: s.name, publisher: s.publisher, measure: s.measure })),
    unmatchedMiles: unmatchedMilesExample(published, (id) => names.get(id)?.publisher ?? id),
    revision: revisionExample(data, (id) => names.get(id)?.name ?? id),
    statuses: figureStatuses.map((status) => ({
      status,
      meaning: figureStatusMeanings[status],
      count: published.filter((f) => f.status === status).length,
    })),
    daily: data.daily && {
      name: data.daily.name,
      denominator: data.daily.denominator?.label,
      latestMonth: latestMonthExample(data),
    },
    denominators: data.denominators.map((d) => ({
      label: d.label,
      dividesDaily: d.id === data.daily?.denominator?.id,
      source: d.source === undefined ? undefined : data.sources.get(d.source),
    })),
    thinning: { chartPoints: maxDailyPoints, tableRows: maxDailyTableRows },
  };
}

const km2Text = (value: number) => `${publishedNumber(value, false)} km²`;

function unmatchedMilesExample(
  figures: readonly MonthlyFigure[],
  publisherOf: (series: string) => string,
): string | undefined {
  const figure = figures.find(
    (f) => f.gainSqMiPublished !== undefined && !milesMatch(f.gainKm2, f.gainSqMiPublished),
  );
  if (figure?.gainSqMiPublished === undefined) return undefined;
  const converted = computedArea(figure.gainKm2, 'sqmi', false);
  return `For ${formatMonth(figure.month)}, ${publisherOf(figure.series)} printed ${publishedNumber(figure.gainSqMiPublished, false)} sq mi beside ${km2Text(figure.gainKm2)}; ${km2Text(figure.gainKm2)} is ${converted}, so Parley shows ${converted} and names the printed miles as a caution.`;
}

function revisionExample(data: TerritoryData, nameOf: (series: string) => string): string | undefined {
  for (const byMonth of data.figures.values())
    for (const { figure, superseded } of byMonth.values()) {
      const first = superseded[0];
      if (figure.status !== 'revised' || !first) continue;
      return `${nameOf(figure.series)}, ${formatMonth(figure.month)}: first published as ${km2Text(first.gainKm2)}${first.period ? ` for ${first.period}` : ''}, then revised to ${km2Text(figure.gainKm2)}. Parley shows ${km2Text(figure.gainKm2)} and lists the first figure beside it.`;
    }
  return undefined;
}

function latestMonthExample(data: TerritoryData): string | undefined {
  const change = [...(data.daily?.changes.values() ?? [])].at(-1);
  if (!change) return undefined;
  return `For ${formatMonth(change.month)}: ${computedArea(change.fromKm2, 'km2', false)} on ${formatDate(change.fromDate)} to ${computedArea(change.toKm2, 'km2', false)} on ${formatDate(change.toDate)}, a change of ${computedArea(change.changeKm2, 'km2', true)}.`;
}
