import { formatDate, formatDaySpan, formatMonth, formatMonthName } from '../format/date';
import { formatNumber, formatPublished } from '../format/number';
import type { AreaUnit } from '../schemas/closed-sets';
import type { MonthlyFigure } from '../schemas/territory';
import type { ChosenFigure } from './figures';
import type { MonthlyChange } from './monthly-change';
import type { DailyInfo, SeriesInfo, SourceRef, TerritoryData } from './territory-data';
import { computedArea, publishedArea, publishedNumber } from './units';

/** One source's figure for the month, with the words that say what it is. */
export type PanelCard = {
  seriesId: string;
  name: string;
  /** The series' place among all series, which picks its colour wherever it is drawn. */
  colorIndex: number;
  /** Whom to credit, without a "Source:" prefix: the drawing adds its own. */
  credit: string;
  /** The figure in the chosen unit: "+701 km²", "505 km²", "+595.7 km²". */
  value: string;
  /** What the number is: "gained in March", "net change in March", "net change, 28 Feb → 31 Mar". */
  what: string;
  /** The other side of a conversion: the publisher's own miles, or the conversion of its km². */
  conversion: string | undefined;
  /** The share of the region, with what it is a share of. */
  shares: string[];
  /** Anything that qualifies the figure: a part month, a revision, a second-hand report. */
  caveats: string[];
  /** The days a part-month figure covers, to follow the month's name wherever the figure is quoted alone. */
  part: string | undefined;
  quote: string | undefined;
  /** Our note on the figure and its words: a translation, a caution, where else it was published. */
  quoteNote: string | undefined;
  definition: string;
  /** What to keep in mind of the whole series, beside what it counts. */
  seriesNote: string | undefined;
  source: SourceRef | undefined;
};

/** A month by its key and its name: "2030-03", "March 2030". */
export type MonthRef = { month: string; label: string };

/** What a card says of its month, apart from which series it is. */
type CardFigures = Omit<PanelCard, 'seriesId' | 'name' | 'colorIndex' | 'credit'>;

export type MonthPanel = {
  month: string;
  /** "March 2030". */
  label: string;
  isHeadline: boolean;
  /** The case's words on why the headline month leads, shown with it. */
  note: string | undefined;
  cards: PanelCard[];
  /** The series with nothing for this month, by name. */
  missing: string[];
  /** The months either side that have figures. */
  previous: MonthRef | undefined;
  next: MonthRef | undefined;
  /** The sources the case names for its headline month, shown under that month's panel. */
  headlineSources: SourceRef[];
};

/**
 * The side-by-side panel for any month with figures: each source's own figure in its own words, never merged or
 * adjusted to another. Published numbers stay as published; what we work out (conversions, the daily series'
 * month) is exact and says so.
 */
export function buildMonthPanel(data: TerritoryData, month: string, unit: AreaUnit): MonthPanel {
  const cards: PanelCard[] = [];
  const missing: string[] = [];
  for (const series of data.series) {
    const card = series.derived
      ? derivedCard(series, data.daily, data, month, unit)
      : publishedCard(series, data.figures.get(series.id)?.get(month), data, unit);
    if (card)
      cards.push({
        seriesId: series.id,
        name: series.name,
        colorIndex: series.colorIndex,
        credit: series.credit,
        ...card,
      });
    else missing.push(series.name);
  }
  const index = data.months.indexOf(month);
  const isHeadline = month === data.headline.month;
  return {
    month,
    label: formatMonth(month),
    isHeadline,
    note: isHeadline ? data.headline.note : undefined,
    cards,
    missing,
    previous: monthRef(index > 0 ? data.months[index - 1] : undefined),
    next: monthRef(index >= 0 ? data.months[index + 1] : undefined),
    headlineSources: isHeadline ? data.headline.sources : [],
  };
}

function monthRef(month: string | undefined): MonthRef | undefined {
  return month === undefined ? undefined : { month, label: formatMonth(month) };
}

function publishedCard(
  series: SeriesInfo,
  chosen: ChosenFigure | undefined,
  data: TerritoryData,
  unit: AreaUnit,
): CardFigures | undefined {
  if (!chosen) return undefined;
  const { figure, superseded } = chosen;
  const net = series.measure === 'net';
  const area = publishedArea({ km2: figure.gainKm2, sqMiPublished: figure.gainSqMiPublished }, unit, net);
  const name = formatMonthName(figure.month);
  return {
    value: area.text,
    what: net ? `net change in ${name}` : `gained in ${name}`,
    conversion: conversionLine(figure, area, series, unit, net),
    shares: [
      ...publishedShares(figure, series, data),
      ...superseded.flatMap((s) => publishedShares(s, series, data, true)),
    ],
    caveats: [
      ...(figure.conflict ? [`Reports conflict: ${figure.conflict}`] : []),
      ...unmatchedMiles(figure, area, series, net),
      ...(figure.period ? [`Covers ${figure.period} only.`] : []),
      ...superseded.map((s) => revision(s, data, unit, net)),
      ...(figure.status === 'preliminary' ? ['A preliminary figure; no full-month figure was found.'] : []),
      ...(figure.status === 'secondary' ? [`Reported second-hand, not by ${series.publisher} itself.`] : []),
    ],
    part: figure.period,
    quote: figure.quote,
    quoteNote: figure.note,
    definition: series.definition,
    seriesNote: series.note,
    source: data.sources.get(figure.source),
  };
}

/** The figure's area as `publishedArea` gives it in the unit shown. */
type Area = ReturnType<typeof publishedArea>;

function conversionLine(figure: MonthlyFigure, area: Area, series: SeriesInfo, unit: AreaUnit, net: boolean) {
  const miles = figure.gainSqMiPublished;
  const km2 = `${publishedNumber(figure.gainKm2, net)} km²`;
  const converted = computedArea(figure.gainKm2, 'sqmi', net);
  if (unit === 'km2') {
    return miles === undefined || area.unmatched
      ? undefined
      : `${publishedNumber(miles, net)} sq mi as ${series.publisher} published it; ${converted} converted from ${km2}`;
  }
  return area.converted
    ? `As ${series.publisher} published it; ${area.converted} converted from ${km2}`
    : `Converted from ${km2}, as ${series.publisher} published it`;
}

/** The publisher's miles that do not match its own km²: kept, shown, and not used as the figure. */
function unmatchedMiles(
  figure: MonthlyFigure,
  { unmatched }: Area,
  series: SeriesInfo,
  net: boolean,
): string[] {
  if (!unmatched) return [];
  const km2 = `${publishedNumber(figure.gainKm2, net)} km²`;
  return [
    `${series.publisher} printed ${unmatched} beside ${km2}; they do not match (${km2} is ${computedArea(figure.gainKm2, 'sqmi', net)}), so square miles here are converted from the km².`,
  ];
}

/**
 * The share of the region published with a figure, as published, saying when it held: at the month's end for a
 * whole-month figure in force, or with the part of the month it came with; a revised figure's share is said to
 * come with the earlier figure (`earlier`), which stays listed.
 */
function publishedShares(
  figure: MonthlyFigure,
  series: SeriesInfo,
  data: TerritoryData,
  earlier = false,
): string[] {
  const share =
    figure.sharePercentPublished !== undefined
      ? `${formatPublished(figure.sharePercentPublished)} %`
      : figure.shareText && `“${figure.shareText}”`;
  if (!share) return [];
  const when = figure.period
    ? `, as ${series.publisher} published it with its figure for ${figure.period}`
    : earlier
      ? `, as ${series.publisher} published it with an earlier figure for the month`
      : ` at the month’s end, as ${series.publisher} published it`;
  return [`${share} of ${data.region}${when}; the area it divides by is not in our sources`];
}

/** "Revises +120 km² for 1–29 March 2030, first published by … on …." */
function revision(figure: MonthlyFigure, data: TerritoryData, unit: AreaUnit, net: boolean): string {
  const source = data.sources.get(figure.source);
  const by = source
    ? ` by ${source.publisher}${source.publishedOn ? ` on ${formatDate(source.publishedOn)}` : ''}`
    : '';
  const value = publishedArea(
    { km2: figure.gainKm2, sqMiPublished: figure.gainSqMiPublished },
    unit,
    net,
  ).text;
  return `Revises ${value}${figure.period ? ` for ${figure.period}` : ''}, first published${by}.`;
}

function derivedCard(
  series: SeriesInfo,
  daily: DailyInfo | undefined,
  data: TerritoryData,
  month: string,
  unit: AreaUnit,
): CardFigures | undefined {
  const change = daily?.changes.get(month);
  if (!daily || !change) return undefined;
  return {
    value: computedArea(change.changeKm2, unit, true),
    what: `net change, ${formatDaySpan(change.fromDate, change.toDate)}`,
    conversion: `${computedArea(change.fromKm2, unit, false)} on ${formatDate(change.fromDate)} → ${computedArea(change.toKm2, unit, false)} on ${formatDate(change.toDate)}`,
    shares: dailyShares(daily, change, data),
    caveats: change.partial
      ? [`Covers ${change.partial.period} only: the daily series ends before the month does.`]
      : [],
    part: change.partial?.short,
    quote: undefined,
    quoteNote: undefined,
    definition: series.definition,
    seriesNote: series.note,
    source: daily.source,
  };
}

/** The share on the month's last day: the series' own, of its own denominator, then of every other one named. */
function dailyShares(daily: DailyInfo, change: MonthlyChange, data: TerritoryData): string[] {
  const end = daily.rows.find((r) => r.date === change.toDate);
  if (!end) return [];
  const own = daily.denominator;
  const ownLine = own
    ? `${formatNumber(end.percent, 3)} % of ${own.label}, on ${formatDate(change.toDate)}`
    : `${formatNumber(end.percent, 3)} % of ${data.region}, on ${formatDate(change.toDate)}, as the series gives it`;
  const others = data.denominators
    .filter((d) => d.id !== own?.id)
    .map((d) => `${formatNumber((end.areaKm2 / d.km2) * 100, 3)} % of ${d.label}`);
  return [ownLine, ...others];
}

/** The months a reader can choose, newest first, each with how many sources have a figure for it. */
export function monthChoices(data: TerritoryData): (MonthRef & { sources: number })[] {
  return [...data.months].reverse().map((month) => ({
    month,
    label: formatMonth(month),
    sources: data.series.filter((s) =>
      s.derived ? data.daily?.changes.has(month) : data.figures.get(s.id)?.has(month),
    ).length,
  }));
}
