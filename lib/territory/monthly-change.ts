import { formatDayMonth, formatMonth, lastDayOfMonth } from '../format/date';

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
   * Set where the month's last assessment falls before its last day (the series ends mid-month): the days the
   * change covers, as a publisher writes a part month.
   */
  partial: PartOfMonth | undefined;
};

export type PartOfMonth = {
  /** "1–21 March 2030": the `period` a published part-month figure carries. */
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
      partial: partOfMonth(current[0], current[1].date),
    });
  }
  return changes;
}

/** The days a month's change covers when its last assessment falls before the month ends; undefined otherwise. */
export function partOfMonth(month: string, through: string): PartOfMonth | undefined {
  if (through >= lastDayOfMonth(month)) return undefined;
  return {
    period: `1–${Number(through.slice(8, 10))} ${formatMonth(month)}`,
    short: `to ${formatDayMonth(through)}`,
    through,
  };
}
