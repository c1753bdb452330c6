import type { AreaUnit } from '../schemas/closed-sets';
import { type FigureMark, figureMarks, markWords } from './figure-marks';
import type { PartOfMonth } from './monthly-change';
import type { MonthlyColumn } from './monthly-rows';
import type { SourceRef, TerritoryData } from './territory-data';
import { areaUnitLabels, computedNumber, km2ToUnit, milesMatch, publishedNumber } from './units';

/** One series' figure for one month; null where the source published nothing (a gap, never a zero). */
export type MonthlyCell = {
  value: number | null;
  /** The same in km², whatever the unit shown: what the chart draws. */
  km2: number | null;
  /** The figure as the table prints it: as published in km², exact in miles. */
  text: string;
  /** The publisher's own miles in words, shown beside our conversion: "published as 270 sq mi". */
  publishedAs: string | undefined;
  /** The figure as published, in km² and (where printed) in miles, whatever the unit shown. */
  publishedKm2: number | null;
  publishedSqMi: number | null;
  source: SourceRef | undefined;
  status: string | undefined;
  /** The days a part-month figure covers, as published, or as worked out where the daily series ends mid-month. */
  period: string | undefined;
  /** What qualifies the figure, in words beside it: "revised", "part of month". */
  marks: FigureMark[];
  /** Set where the daily series ends before the month does. */
  partial: PartOfMonth | undefined;
};

const empty: Omit<MonthlyCell, 'source'> = {
  value: null,
  km2: null,
  text: '',
  publishedAs: undefined,
  publishedKm2: null,
  publishedSqMi: null,
  status: undefined,
  period: undefined,
  marks: [],
  partial: undefined,
};

/** One series' figure for a month: a publisher's as published, the daily series' change as we work it out. */
export function cellFor(
  data: TerritoryData,
  column: MonthlyColumn,
  month: string,
  unit: AreaUnit,
): MonthlyCell {
  const net = column.measure === 'net';
  if (column.derived) {
    const change = data.daily?.changes.get(month);
    if (!change) return { ...empty, source: undefined };
    const value = km2ToUnit(change.changeKm2, unit);
    const period = change.partial?.period;
    return {
      ...empty,
      value,
      km2: change.changeKm2,
      text: computedNumber(value, unit, true),
      source: data.daily?.source,
      period,
      marks: figureMarks({ period }),
      partial: change.partial,
    };
  }
  const chosen = data.figures.get(column.id)?.get(month);
  if (!chosen) return { ...empty, source: undefined };
  const { figure } = chosen;
  const value = km2ToUnit(figure.gainKm2, unit);
  const miles = figure.gainSqMiPublished;
  return {
    value,
    km2: figure.gainKm2,
    text: unit === 'km2' ? publishedNumber(figure.gainKm2, net) : computedNumber(value, unit, net),
    publishedAs:
      unit === 'sqmi' && miles !== undefined ? publishedMiles(figure.gainKm2, miles, net) : undefined,
    publishedKm2: figure.gainKm2,
    publishedSqMi: miles ?? null,
    source: data.sources.get(figure.source),
    status: figure.status,
    period: figure.period,
    marks: figureMarks(figure),
    partial: undefined,
  };
}

/** "to 21 Mar" where every figure of a month stops on the same day before its end, so the month's name says so. */
export function commonPart(cells: readonly MonthlyCell[]): string | undefined {
  const shown = cells.filter((c) => c.value !== null);
  const first = shown[0]?.partial;
  return first && shown.every((c) => c.partial?.through === first.through) ? first.short : undefined;
}

/** A figure in words for a tooltip: in the unit shown, the publisher's own miles beside ours, then its marks. */
export function cellWords(cell: MonthlyCell, unitLabel: string): string {
  if (cell.value === null) return '';
  const marks = markWords(cell.marks, cell.period);
  return `${cell.text} ${unitLabel}${cell.publishedAs ? `, ${cell.publishedAs}` : ''}${marks ? ` (${marks})` : ''}`;
}

/** A publisher's own miles in words, and whether they match its km² (a page may have converted km to miles). */
function publishedMiles(km2: number, miles: number, net: boolean): string {
  const text = `published as ${publishedNumber(miles, net)} ${areaUnitLabels.sqmi}`;
  return milesMatch(km2, miles) ? text : `${text}, which does not match its ${areaUnitLabels.km2}`;
}
