import { formatMonth, formatShortMonth } from '../format/date';
import type { AreaUnit, MonthlyMeasure } from '../schemas/closed-sets';
import { type PlotAxis, plotAxis } from './axis';
import { type FigureMark, markKey } from './figure-marks';
import { cellFor, cellWords, commonPart, type MonthlyCell } from './monthly-cell';
import type { TerritoryData } from './territory-data';
import { areaUnitLabels } from './units';

export type { MonthlyCell } from './monthly-cell';

export type MonthlyColumn = {
  id: string;
  name: string;
  measure: MonthlyMeasure;
  /** What its numbers are, for a legend or a column head: "gross", "net, worked out from the daily series". */
  kindLabel: string;
  derived: boolean;
  /** The series' place among all series, so its colour stays the same whichever others are shown. */
  colorIndex: number;
  /** Whom to credit, without a "Source:" prefix. */
  credit: string;
};

/** A series as its switch shows it: every series has one, chosen or not. */
export type SeriesChoice = Pick<MonthlyColumn, 'id' | 'name' | 'kindLabel' | 'colorIndex'>;

export type MonthlyRow = {
  month: string;
  /**
   * "March 2030", or "March 2030 (to 21 Mar)" where every figure of the month stops on that day; "Mar 2030" for a
   * chart's axis.
   */
  label: string;
  short: string;
  cells: MonthlyCell[];
};

/**
 * What the monthly chart island draws, and nothing else: one row per month, its values following `columns`. The
 * bars are drawn in km² on an axis of the same span in either unit, so a unit switch changes only the ticks and
 * the words.
 */
export type MonthlyChartData = {
  columns: Pick<MonthlyColumn, 'id' | 'name' | 'colorIndex'>[];
  rows: { month: string; label: string; short: string; valuesKm2: (number | null)[] }[];
  /**
   * Each row's figures in words, in the unit shown, with the publisher's own miles beside ours and the figure's
   * marks after it; '' for a gap.
   */
  texts: string[][];
  axis: PlotAxis;
  unitLabel: string;
  /** The panel's month, shaded. */
  highlight: string;
};

export type MonthlyModel = {
  unit: AreaUnit;
  unitLabel: string;
  /** The chart's (and its table's) title, and its units, months and shading in words. */
  title: string;
  subtitle: string;
  /** Every series a reader can switch on or off, in the data's order. */
  choices: SeriesChoice[];
  columns: MonthlyColumn[];
  /** Every month from the first to the last shown, so a month without a figure shows as a gap. */
  rows: MonthlyRow[];
  /** The panel's month, outlined in the chart and the table. */
  highlight: string;
  /** Set when the daily series reaches back before the first published month and those months are left out. */
  startsAt: string | undefined;
  /** The lowest and the highest figure shown, zero always between them. */
  extent: [number, number];
  /** The chosen series' credits, each once, without a "Source:" prefix. */
  credits: string[];
  /** Each mark that qualifies a figure shown, once, with what it means: the key under the table. */
  marks: { mark: FigureMark; meaning: string }[];
  chart: MonthlyChartData;
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
  const all: MonthlyColumn[] = data.series.map((s) => ({
    id: s.id,
    name: s.name,
    measure: s.measure,
    kindLabel: s.kindLabel,
    derived: s.derived,
    colorIndex: s.colorIndex,
    credit: s.credit,
  }));
  const columns = all.filter((c) => seriesIds.includes(c.id));
  const monthsOf = (c: MonthlyColumn) =>
    c.derived ? [...(data.daily?.changes.keys() ?? [])] : [...(data.figures.get(c.id)?.keys() ?? [])];
  const published = columns
    .filter((c) => !c.derived)
    .flatMap(monthsOf)
    .sort();
  const every = columns.flatMap(monthsOf).sort();
  const first = published[0] ?? every[0];
  const last = every.at(-1);
  const rows =
    first && last
      ? monthsBetween(first, last).map((month) => {
          const cells = columns.map((c) => cellFor(data, c, month, unit));
          const part = commonPart(cells);
          return {
            month,
            label: part ? `${formatMonth(month)} (${part})` : formatMonth(month),
            short: formatShortMonth(month),
            cells,
          };
        })
      : [];
  const unitLabel = areaUnitLabels[unit];
  const values = rows.flatMap((r) => r.cells.flatMap((c) => (c.value === null ? [] : [c.value])));
  const extent: [number, number] = [Math.min(0, ...values), Math.max(0, ...values)];
  const km2 = rows.flatMap((r) => r.cells.flatMap((c) => (c.km2 === null ? [] : [c.km2])));
  const span = rows[0] && rows.at(-1) ? `${rows[0].label} to ${rows.at(-1)?.label}` : 'no months';
  const shaded = rows.some((r) => r.month === highlight) ? `; ${formatMonth(highlight)} shaded` : '';
  return {
    unit,
    unitLabel,
    title: 'Monthly change, by source',
    subtitle: `${unitLabel}, ${span}${shaded}. A gap is a month the source published nothing for.`,
    choices: all.map(({ id, name, kindLabel, colorIndex }) => ({ id, name, kindLabel, colorIndex })),
    columns,
    rows,
    highlight,
    startsAt: first && every[0] && every[0] < first ? first : undefined,
    extent,
    credits: [...new Set(columns.map((c) => c.credit))],
    marks: markKey(rows.flatMap((r) => r.cells.flatMap((c) => (c.value === null ? [] : c.marks)))),
    chart: {
      columns: columns.map(({ id, name, colorIndex }) => ({ id, name, colorIndex })),
      rows: rows.map((r) => ({
        month: r.month,
        label: r.label,
        short: r.short,
        valuesKm2: r.cells.map((c) => c.km2),
      })),
      texts: rows.map((r) => r.cells.map((c) => cellWords(c, unitLabel))),
      axis: plotAxis(Math.min(0, ...km2), Math.max(0, ...km2), unit, false),
      unitLabel,
      highlight,
    },
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
