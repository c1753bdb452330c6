import { formatMonth } from '../format/date';
import type { AreaUnit, MonthlyMeasure } from '../schemas/closed-sets';
import type { SourceRef, TerritoryData } from './territory-data';
import { areaUnitLabels, computedNumber, km2ToUnit, publishedNumber } from './units';

export type MonthlyColumn = {
  id: string;
  name: string;
  measure: MonthlyMeasure;
  derived: boolean;
  /** The series' place among all series, so its colour stays the same whichever others are shown. */
  colorIndex: number;
  credit: string;
};

/** One series' figure for one month; null where the source published nothing (a gap, never a zero). */
export type MonthlyCell = {
  value: number | null;
  /** The figure as the table prints it: as published in km², exact in miles. */
  text: string;
  /** The publisher's own miles, shown beside our exact conversion. */
  publishedAs: string | undefined;
  /** The figure as published, in km² and (where printed) in miles, whatever the unit shown. */
  publishedKm2: number | null;
  publishedSqMi: number | null;
  source: SourceRef | undefined;
  status: string | undefined;
  period: string | undefined;
};

export type MonthlyRow = {
  month: string;
  /** "March 2030", and "Mar 2030" for a chart's axis. */
  label: string;
  short: string;
  cells: MonthlyCell[];
};

export type MonthlyModel = {
  unit: AreaUnit;
  unitLabel: string;
  columns: MonthlyColumn[];
  /** Every month from the first to the last shown, so a month without a figure shows as a gap. */
  rows: MonthlyRow[];
  /** The panel's month, outlined in the chart and the table. */
  highlight: string;
  /** Set when the daily series reaches back before the first published month and those months are left out. */
  startsAt: string | undefined;
};

const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

const empty: Omit<MonthlyCell, 'source'> = {
  value: null,
  text: '',
  publishedAs: undefined,
  publishedKm2: null,
  publishedSqMi: null,
  status: undefined,
  period: undefined,
};

/**
 * The monthly chart's and table's rows: the chosen series side by side, each as its publisher gave it. The rows
 * start with the first month a chosen source published (the daily series alone starts with its own first month),
 * so a comparison of sources is not dwarfed by months only one of them covers.
 */
export function buildMonthlyRows(
  data: TerritoryData,
  seriesIds: readonly string[],
  unit: AreaUnit,
  highlight: string,
): MonthlyModel {
  const columns = data.series.flatMap((s, colorIndex) =>
    seriesIds.includes(s.id)
      ? [{ id: s.id, name: s.name, measure: s.measure, derived: s.derived, colorIndex, credit: s.credit }]
      : [],
  );
  const monthsOf = (c: MonthlyColumn) =>
    c.derived ? [...(data.daily?.changes.keys() ?? [])] : [...(data.figures.get(c.id)?.keys() ?? [])];
  const published = columns
    .filter((c) => !c.derived)
    .flatMap(monthsOf)
    .sort();
  const all = columns.flatMap(monthsOf).sort();
  const first = published[0] ?? all[0];
  const last = all.at(-1);
  const rows =
    first && last
      ? monthsBetween(first, last).map((month) => ({
          month,
          label: formatMonth(month),
          short: shortMonth.format(new Date(`${month}-01T00:00:00Z`)),
          cells: columns.map((c) => cellFor(data, c, month, unit)),
        }))
      : [];
  return {
    unit,
    unitLabel: areaUnitLabels[unit],
    columns,
    rows,
    highlight,
    startsAt: first && all[0] && all[0] < first ? first : undefined,
  };
}

function cellFor(data: TerritoryData, column: MonthlyColumn, month: string, unit: AreaUnit): MonthlyCell {
  const net = column.measure === 'net';
  if (column.derived) {
    const change = data.daily?.changes.get(month);
    if (!change) return { ...empty, source: undefined };
    const value = km2ToUnit(change.changeKm2, unit);
    return { ...empty, value, text: computedNumber(value, unit, true), source: data.daily?.source };
  }
  const chosen = data.figures.get(column.id)?.get(month);
  if (!chosen) return { ...empty, source: undefined };
  const { figure } = chosen;
  const value = km2ToUnit(figure.gainKm2, unit);
  const miles = figure.gainSqMiPublished;
  return {
    value,
    text: unit === 'km2' ? publishedNumber(figure.gainKm2, net) : computedNumber(value, unit, net),
    publishedAs: unit === 'sqmi' && miles !== undefined ? publishedNumber(miles, net) : undefined,
    publishedKm2: figure.gainKm2,
    publishedSqMi: miles ?? null,
    source: data.sources.get(figure.source),
    status: figure.status,
    period: figure.period,
  };
}

/** Every month from one to another, inclusive: "2030-11", "2030-12", "2031-01". */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  const [startYear = 0, startMonth = 1] = first.split('-').map(Number);
  let year = startYear;
  let month = startMonth;
  for (let guard = 0; guard < 2400; guard++) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) break;
    months.push(current);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
