import { addDays, daysBetween, formatDate, formatDayRange, formatShortDate } from '../format/date';
import type { AreaUnit } from '../schemas/closed-sets';
import { niceAxis, type PlotAxis, plotAxis } from './axis';
import { downsampleMinMax } from './downsample';
import { type EventMarker, eventMarkers, eventsInRange, type NumberedEvent } from './events';
import type { ChartMarker } from './marker-layout';
import type { TerritoryData } from './territory-data';
import { areaUnitLabels, computedArea, computedDecimals, km2ToUnit } from './units';

/** One day as drawn: the change since the range's first day, with the full area beside it. */
export type DailyChartPoint = {
  date: string;
  /** Days since the range's first day, for drawing on a time axis. */
  day: number;
  change: number;
  /** The same change in km², whatever the unit shown: what the interactive chart draws. */
  changeKm2: number;
  area: number;
  percent: number;
};

export type DailyModel = {
  name: string;
  /** Whom to credit, without a "Source:" prefix. */
  credit: string;
  definition: string;
  unit: AreaUnit;
  unitLabel: string;
  /** The series' place among all series, which picks its colour. */
  colorIndex: number;
  from: string;
  to: string;
  /** The chart's (and its table's) title, and its units, days and baseline in words. */
  title: string;
  subtitle: string;
  /** The first day of the range, which every change is measured from; stated wherever the chart is. */
  baseline: { date: string; area: number; text: string };
  /** The range's overall change: "+2,345.6 km²", and in words with its ends. */
  changeValue: string;
  change: string;
  /** The points drawn: every day, or, for long ranges, each stretch's lowest and highest day. */
  points: DailyChartPoint[];
  /** The days the table lists: fewer than the chart draws, chosen the same way, so it stays readable. */
  tableRows: DailyChartPoint[];
  /** Days in the range, of which `points` keeps some. */
  days: number;
  /** Calendar days from the first day to the last. */
  span: number;
  /** The change axis: round steps that always hold zero, so a small change never fills the chart. */
  domain: [number, number];
  ticks: number[];
  /** What the percent column divides by. */
  denominatorLabel: string;
  events: NumberedEvent[];
  markers: EventMarker[];
  /** Every day in the range, unthinned, for the downloads. */
  rows: DailyChartPoint[];
  /** What the chart island gets: `points` and `markers`, made small to send. */
  chart: DailyChartData;
};

/** Points a chart draws at most; a range of more days keeps each stretch's extremes. */
export const maxDailyPoints = 400;
/** Rows the table lists at most; the daily CSV has every day. */
export const maxDailyTableRows = 120;

/**
 * The daily series between two days (inclusive), drawn as the change since the first of them. Drawing the full
 * area on an axis cut above zero magnifies a month's change; drawing the change from a stated baseline shows it
 * at its true size and keeps zero on the axis.
 */
export function buildDailyRange(
  data: TerritoryData,
  range: { from: string; to: string },
  unit: AreaUnit,
): DailyModel | undefined {
  const daily = data.daily;
  const inRange = daily?.rows.filter((r) => r.date >= range.from && r.date <= range.to) ?? [];
  const first = inRange[0];
  const last = inRange.at(-1);
  if (!daily || !first || !last) return undefined;
  const rows = inRange.map((r) => ({
    date: r.date,
    day: daysBetween(first.date, r.date),
    change: km2ToUnit(r.areaKm2 - first.areaKm2, unit),
    changeKm2: r.areaKm2 - first.areaKm2,
    area: km2ToUnit(r.areaKm2, unit),
    percent: r.percent,
  }));
  const changes = rows.map((r) => r.change);
  const axis = niceAxis(Math.min(...changes), Math.max(...changes));
  const numbered = eventsInRange(data.events, first.date, last.date);
  const unitLabel = areaUnitLabels[unit];
  const baseline = `${computedArea(first.areaKm2, unit, false)} on ${formatDate(first.date)}`;
  const model: Omit<DailyModel, 'chart'> = {
    name: daily.name,
    credit: daily.credit,
    definition: daily.definition,
    unit,
    unitLabel,
    colorIndex: data.series.find((s) => s.derived)?.colorIndex ?? 0,
    from: first.date,
    to: last.date,
    title: `${daily.name}: change since ${formatDate(first.date)}`,
    subtitle: `${unitLabel}, ${formatDate(first.date)} to ${formatDate(last.date)}. Zero is the area on the first day, ${baseline}.`,
    baseline: { date: first.date, area: km2ToUnit(first.areaKm2, unit), text: baseline },
    changeValue: computedArea(last.areaKm2 - first.areaKm2, unit, true),
    change: `${computedArea(last.areaKm2 - first.areaKm2, unit, true)}, from ${baseline} to ${computedArea(last.areaKm2, unit, false)} on ${formatDate(last.date)}`,
    points: downsampleMinMax(rows, (p) => p.change, maxDailyPoints),
    tableRows: downsampleMinMax(rows, (p) => p.change, maxDailyTableRows),
    days: rows.length,
    span: daysBetween(first.date, last.date),
    domain: axis.domain,
    ticks: axis.ticks,
    denominatorLabel: daily.denominator?.label ?? 'the area the series divides by',
    events: numbered,
    markers: eventMarkers(numbered, first.date, last.date),
    rows,
  };
  return { ...model, chart: dailyChartData(model) };
}

export type RangePreset = { label: string; from: string; to: string };

/** What the range control offers: any day the series has, or one of a few ready ranges. */
export type RangeChoices = { min: string; max: string; presets: RangePreset[] };

/**
 * Ranges a reader is likely to want, inside the days the series has: around the panel's month (a month either
 * side, so its change stands out), the case's opening range, the last year, and the whole series.
 */
export function rangePresets(
  range: { min: string; max: string },
  defaults: { from: string; to: string },
  month: { month: string; label: string },
): RangePreset[] {
  const clamp = (d: string) => (d < range.min ? range.min : d > range.max ? range.max : d);
  const monthStart = `${month.month}-01`;
  const aroundFrom = clamp(`${addDays(monthStart, -1).slice(0, 8)}01`);
  // 62 days after the 1st always lands in the month after next, whose 1st less a day ends the next month.
  const aroundTo = clamp(addDays(`${addDays(monthStart, 62).slice(0, 8)}01`, -1));
  const presets: RangePreset[] = [
    { label: `Around ${month.label}`, from: aroundFrom, to: aroundTo },
    { label: `Since ${formatShortDate(defaults.from)}`, from: defaults.from, to: defaults.to },
    { label: 'Last 12 months', from: clamp(addDays(range.max, -365)), to: range.max },
    { label: 'Whole series', from: range.min, to: range.max },
  ];
  const seen = new Set<string>();
  return presets.filter((p) => {
    const key = `${p.from}/${p.to}`;
    if (p.from > p.to || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * One drawn day as the chart island's tooltip tells it: [ms since 1970 (UTC), change, area, percent], in the unit
 * shown, rounded to print.
 */
export type DailyDatum = readonly [time: number, change: number, area: number, percent: number];

/** One drawn day as the chart plots it: [ms since 1970 (UTC), change in km²], whatever the unit shown. */
export type DailyPlotPoint = readonly [time: number, changeKm2: number];

/** What the daily chart island draws, and nothing else: the thinned points, the event markers and their words. */
export type DailyChartData = {
  plot: DailyPlotPoint[];
  points: DailyDatum[];
  /** The change axis, in km² and labelled in the unit shown. */
  axis: PlotAxis;
  decimals: number;
  markers: ChartMarker[];
  unitLabel: string;
  /** The baseline in words: "since 1 Jun 2030". */
  since: string;
  /** What the percent column divides by. */
  percentOf: string;
  colorIndex: number;
};

const timeOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function dailyChartData(daily: Omit<DailyModel, 'chart'>): DailyChartData {
  const decimals = computedDecimals[daily.unit];
  const round = (v: number, d: number) => Number(v.toFixed(d));
  const changesKm2 = daily.rows.map((r) => r.changeKm2);
  return {
    // To a hundredth of a km², far finer than a pixel: the plot is only drawn, never read as a number.
    plot: daily.points.map((p) => [timeOf(p.date), round(p.changeKm2, 2)]),
    points: daily.points.map((p) => [
      timeOf(p.date),
      round(p.change, decimals),
      round(p.area, decimals),
      round(p.percent, 3),
    ]),
    axis: plotAxis(Math.min(...changesKm2), Math.max(...changesKm2), daily.unit, true),
    decimals,
    markers: daily.markers.map((m) => ({
      time: timeOf(m.date),
      first: m.events[0]?.number ?? 0,
      last: m.events.at(-1)?.number ?? 0,
      events: m.events.map((e) => `${e.number}. ${formatDayRange(e.date, e.endDate)}: ${e.title}`),
    })),
    unitLabel: daily.unitLabel,
    since: `since ${formatShortDate(daily.from)}`,
    percentOf: daily.denominatorLabel,
    colorIndex: daily.colorIndex,
  };
}
