import { addDays, formatDate, formatDayMonth, formatMonth, lastDayOfMonth } from '../format/date';

/** The two numbers of a daily row that a monthly change needs. */
export type DatedArea = { date: string; areaKm2: number };

export type MonthlyChange = {
  month: string;
  /** The last assessment of the previous month and of this one: the change runs between them. */
  fromDate: string;
  toDate: string;
  fromKm2: number;
  toKm2: number;
  changeKm2: number;
  /**
   * Set where the series ends before its last month does: the days that month's change covers, as a publisher
   * writes a part month. An earlier month whose last assessment falls a day or two before its end is a whole month
   * of the series, measured to that assessment like every other.
   */
  partial: PartOfMonth | undefined;
};

export type PartOfMonth = {
  /** "1–21 March 2030" (or "30 January – 21 February 2030" after a gap): what a published part month carries. */
  period: string;
  /** "to 21 Mar", after the month's name wherever the month is named. */
  short: string;
  /** The last day the change covers. */
  through: string;
};

/**
 * Net change in assessed area for each month: the last row of the month minus the last row of the month before.
 * Rows must be sorted by date with one row per date (the loader guarantees both). The first month has no change.
 */
export function monthlyChanges(rows: readonly DatedArea[]): MonthlyChange[] {
  const lastOfMonth = new Map<string, DatedArea>();
  for (const row of rows) lastOfMonth.set(row.date.slice(0, 7), row);
  const months = [...lastOfMonth.entries()];
  const changes: MonthlyChange[] = [];
  for (let i = 1; i < months.length; i++) {
    const previous = months[i - 1];
    const current = months[i];
    if (!previous || !current) continue;
    changes.push({
      month: current[0],
      fromDate: previous[1].date,
      toDate: current[1].date,
      fromKm2: previous[1].areaKm2,
      toKm2: current[1].areaKm2,
      changeKm2: current[1].areaKm2 - previous[1].areaKm2,
      partial:
        i === months.length - 1 ? partOfMonth(current[0], previous[1].date, current[1].date) : undefined,
    });
  }
  return changes;
}

/**
 * The days a month's change covers, from the day after the last assessment before it (`after`) to its own last
 * assessment (`through`), when that falls before the month ends; undefined otherwise.
 */
export function partOfMonth(month: string, after: string, through: string): PartOfMonth | undefined {
  if (through >= lastDayOfMonth(month)) return undefined;
  const start = addDays(after, 1);
  const period = start.startsWith(month)
    ? `${Number(start.slice(8, 10))}–${Number(through.slice(8, 10))} ${formatMonth(month)}`
    : `${formatDate(start)} – ${formatDate(through)}`;
  return { period, short: `to ${formatDayMonth(through)}`, through };
}
