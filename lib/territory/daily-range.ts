import { formatDate } from '../format/date';
import type { AreaUnit } from '../schemas/closed-sets';
import { downsampleMinMax } from './downsample';
import { type EventMarker, eventMarkers, eventsInRange, type NumberedEvent } from './events';
import type { DailyInfo } from './territory-data';
import { areaUnitLabels, computedArea, km2ToUnit } from './units';

/** One day as drawn: the change since the range's first day, with the full area beside it. */
export type DailyChartPoint = { date: string; change: number; area: number; percent: number };

export type DailyModel = {
  name: string;
  credit: string;
  definition: string;
  unit: AreaUnit;
  unitLabel: string;
  from: string;
  to: string;
  /** The first day of the range, which every change is measured from; stated wherever the chart is. */
  baseline: { date: string; area: number; text: string };
  /** The range's overall change, in words: "+2,345.6 km² from 1 June 2025 to 21 August 2026". */
  change: string;
  /** The points drawn: every day, or, for long ranges, each stretch's lowest and highest day. */
  points: DailyChartPoint[];
  /** Days in the range, of which `points` keeps some. */
  days: number;
  /** The change axis always holds zero, so a small change never fills the chart. */
  domain: [number, number];
  /** What the percent column divides by. */
  denominatorLabel: string;
  events: NumberedEvent[];
  markers: EventMarker[];
  /** Every day in the range, unthinned, for the downloads. */
  rows: DailyChartPoint[];
};

/** Points a chart draws at most; a range of more days keeps each stretch's extremes. */
export const maxDailyPoints = 400;

/**
 * The daily series between two days (inclusive), drawn as the change since the first of them. Drawing the full
 * area on an axis cut above zero magnifies a month's change; drawing the change from a stated baseline shows it
 * at its true size and keeps zero on the axis.
 */
export function buildDailyRange(
  daily: DailyInfo,
  range: { from: string; to: string },
  unit: AreaUnit,
  events: Parameters<typeof eventsInRange>[0],
): DailyModel | undefined {
  const inRange = daily.rows.filter((r) => r.date >= range.from && r.date <= range.to);
  const first = inRange[0];
  const last = inRange.at(-1);
  if (!first || !last) return undefined;
  const rows = inRange.map((r) => ({
    date: r.date,
    change: km2ToUnit(r.areaKm2 - first.areaKm2, unit),
    area: km2ToUnit(r.areaKm2, unit),
    percent: r.percent,
  }));
  const changes = rows.map((r) => r.change);
  const numbered = eventsInRange(events, first.date, last.date);
  return {
    name: daily.name,
    credit: daily.credit,
    definition: daily.definition,
    unit,
    unitLabel: areaUnitLabels[unit],
    from: first.date,
    to: last.date,
    baseline: {
      date: first.date,
      area: km2ToUnit(first.areaKm2, unit),
      text: `${computedArea(first.areaKm2, unit, false)} on ${formatDate(first.date)}`,
    },
    change: `${computedArea(last.areaKm2 - first.areaKm2, unit, true)} from ${formatDate(first.date)} to ${formatDate(last.date)}`,
    points: downsampleMinMax(rows, (p) => p.change, maxDailyPoints),
    days: rows.length,
    domain: [Math.min(0, ...changes), Math.max(0, ...changes)],
    denominatorLabel: daily.denominator?.label ?? 'the area the series divides by',
    events: numbered,
    markers: eventMarkers(numbered, first.date, last.date),
    rows,
  };
}
