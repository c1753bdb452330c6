import type { DailyAreaRow } from '../schemas/territory';
import { m2ToKm2 } from './units';

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
export function monthlyChanges(rows: readonly Pick<DailyAreaRow, 'date' | 'areaM2'>[]): MonthlyChange[] {
  const lastOfMonth = new Map<string, Pick<DailyAreaRow, 'date' | 'areaM2'>>();
  for (const row of rows) lastOfMonth.set(row.date.slice(0, 7), row);
  const months = [...lastOfMonth.entries()];
  const changes: MonthlyChange[] = [];
  for (let i = 1; i < months.length; i++) {
    const previous = months[i - 1];
    const current = months[i];
    if (!previous || !current) continue;
    const fromKm2 = m2ToKm2(previous[1].areaM2);
    const toKm2 = m2ToKm2(current[1].areaM2);
    changes.push({
      month: current[0],
      fromDate: previous[1].date,
      toDate: current[1].date,
      fromKm2,
      toKm2,
      changeKm2: toKm2 - fromKm2,
    });
  }
  return changes;
}

export function monthlyChange(
  rows: readonly Pick<DailyAreaRow, 'date' | 'areaM2'>[],
  month: string,
): MonthlyChange | undefined {
  return monthlyChanges(rows).find((change) => change.month === month);
}
