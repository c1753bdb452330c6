import type {
  Case,
  DailyAreaRow,
  Denominator,
  MonthlyFigure,
  MonthlySeries,
  NegotiationEvent,
  Source,
} from '../schemas';
import type { MonthlyMeasure } from '../schemas/closed-sets';
import { type ChosenFigure, chosenFigures } from './figures';
import { type MonthlyChange, monthlyChanges } from './monthly-change';
import { m2ToKm2 } from './units';

export type SourceRef = Pick<
  Source,
  'id' | 'title' | 'publisher' | 'publishedOn' | 'url' | 'dateNote' | 'note'
>;
export type EventRef = Pick<NegotiationEvent, 'id' | 'date' | 'endDate' | 'title'>;

/** A series of monthly figures as a reader meets it: who, what it counts, and how to credit it. */
export type SeriesInfo = {
  id: string;
  name: string;
  publisher: string;
  measure: MonthlyMeasure;
  /** What its numbers are, in a few words for a legend or a column head: "gross", "net, worked out from …". */
  kindLabel: string;
  definition: string;
  /** Whom to credit, without a "Source:" prefix: the drawing adds its own. */
  credit: string;
  definitionSource: SourceRef | undefined;
  /** What a reader should keep in mind of the whole series (its method described two ways, aggregator pages). */
  note: string | undefined;
  /** True for the daily series' months, which we work out; false for figures a publisher printed. */
  derived: boolean;
  /** Its place among all series: its colour, the same in every chart, legend and switch, whichever are shown. */
  colorIndex: number;
};

export type DailyPoint = { date: string; areaKm2: number; percent: number };

export type DailyInfo = {
  /** The daily series' source id, which also names its months in the monthly chart. */
  id: string;
  name: string;
  credit: string;
  definition: string;
  source: SourceRef | undefined;
  /** What the file's own percent column divides by. */
  denominator: Denominator | undefined;
  rows: DailyPoint[];
  changes: Map<string, MonthlyChange>;
  range: { min: string; max: string };
};

/** Everything the territory views draw, resolved once per dataset. */
export type TerritoryData = {
  region: string;
  holder: string;
  asOf: string;
  headline: { month: string; sources: SourceRef[]; note: string | undefined };
  /** The monthly chart's series: the published ones in the data's order, then the daily series' months. */
  series: SeriesInfo[];
  /** series id → month → the figure shown; the daily series' months are in `daily.changes`. */
  figures: Map<string, Map<string, ChosenFigure>>;
  daily: DailyInfo | undefined;
  denominators: Denominator[];
  /** Every month with at least one figure, oldest first. */
  months: string[];
  events: EventRef[];
  sources: Map<string, SourceRef>;
  /** The daily chart's opening range, resolved to days the series has; null without a daily series. */
  defaultRange: { from: string | null; to: string | null };
};

export type TerritoryInput = {
  case: Pick<Case, 'asOf' | 'territory'>;
  territory: {
    series: MonthlySeries[];
    figures: MonthlyFigure[];
    daily: { rows: readonly DailyAreaRow[] } | undefined;
  };
  events: NegotiationEvent[];
  sources: Source[];
};

const resolved = new WeakMap<TerritoryInput, TerritoryData | undefined>();

/** The territory views' data for a dataset, resolved once; undefined when the case has no territory block. */
export function territoryDataOf(input: TerritoryInput): TerritoryData | undefined {
  if (!resolved.has(input)) resolved.set(input, toTerritoryData(input));
  return resolved.get(input);
}

/** The credit without a leading "Source:", which some of the data writes and every drawing adds itself. */
function bareCredit(credit: string): string {
  return credit.replace(/^\s*sources?:\s*/i, '');
}

function toTerritoryData(input: TerritoryInput): TerritoryData | undefined {
  const settings = input.case.territory;
  if (!settings) return undefined;
  const sources = new Map(
    input.sources.map(({ id, title, publisher, publishedOn, url, dateNote, note }) => [
      id,
      { id, title, publisher, publishedOn, url, dateNote, note },
    ]),
  );
  const series: Omit<SeriesInfo, 'colorIndex'>[] = input.territory.series.map((s) => ({
    id: s.id,
    name: s.name,
    publisher: s.publisher,
    measure: s.measure,
    kindLabel: s.measure,
    definition: s.definition,
    credit: bareCredit(s.credit),
    definitionSource: sources.get(s.definitionSource),
    note: s.note,
    derived: false,
  }));
  const daily = dailyInfo(input, sources);
  if (daily && settings.daily) {
    series.push({
      id: daily.id,
      name: daily.name,
      publisher: daily.source?.publisher ?? daily.name,
      measure: 'net',
      kindLabel: 'net, worked out from the daily series',
      definition: `${daily.definition} Its month is the change from the last day assessed in the month before to the last day assessed in the month, worked out by Parley from the daily figures.`,
      credit: daily.credit,
      definitionSource: daily.source,
      note: undefined,
      derived: true,
    });
  }
  const figures = chosenFigures(input.territory.figures);
  const months = [
    ...new Set([...[...figures.values()].flatMap((m) => [...m.keys()]), ...(daily?.changes.keys() ?? [])]),
  ].sort();
  return {
    region: settings.region,
    holder: settings.holder,
    asOf: input.case.asOf,
    headline: {
      month: settings.headline.month,
      sources: settings.headline.sources.flatMap((id) => sources.get(id) ?? []),
      note: settings.headline.note,
    },
    series: series.map((s, colorIndex) => ({ ...s, colorIndex })),
    figures,
    daily,
    denominators: settings.denominators,
    months,
    events: input.events
      .map(({ id, date, endDate, title }) => ({ id, date, endDate, title }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    sources,
    defaultRange: resolveRange(settings.defaultRange, daily?.range),
  };
}

function dailyInfo(input: TerritoryInput, sources: Map<string, SourceRef>): DailyInfo | undefined {
  const settings = input.case.territory?.daily;
  const rows = input.territory.daily?.rows ?? [];
  const first = rows[0];
  const last = rows.at(-1);
  if (!settings || !first || !last) return undefined;
  const points = rows.map((r) => ({ date: r.date, areaKm2: m2ToKm2(r.areaM2), percent: r.percent }));
  return {
    id: settings.source,
    name: settings.name,
    credit: bareCredit(settings.credit),
    definition: settings.definition,
    source: sources.get(settings.source),
    denominator: input.case.territory?.denominators.find((d) => d.id === settings.denominator),
    rows: points,
    changes: new Map(monthlyChanges(points).map((c) => [c.month, c])),
    range: { min: first.date, max: last.date },
  };
}

/** The case's opening range inside the days the series has: a missing or outside end is the series' own end. */
function resolveRange(
  wanted: { from: string | null; to: string | null },
  range: { min: string; max: string } | undefined,
): { from: string | null; to: string | null } {
  if (!range) return { from: null, to: null };
  const inside = (d: string | null) => d !== null && d >= range.min && d <= range.max;
  const from = wanted.from !== null && inside(wanted.from) ? wanted.from : range.min;
  const to = wanted.to !== null && inside(wanted.to) ? wanted.to : range.max;
  return from <= to ? { from, to } : { from: range.min, to: range.max };
}

/**
 * What the URL parser needs to know of the data, as plain values: the series and months it may accept, the
 * daily series' days, and the defaults (the headline month, or the latest month with figures if it has none).
 */
export function territoryUrlContext(data: TerritoryData) {
  const month = data.months.includes(data.headline.month)
    ? data.headline.month
    : (data.months.at(-1) ?? data.headline.month);
  return {
    seriesIds: data.series.map((s) => s.id),
    months: data.months,
    dateRange: data.daily?.range ?? null,
    defaults: { month, ...data.defaultRange },
  };
}
