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
    });
  }
  return changes;
}
