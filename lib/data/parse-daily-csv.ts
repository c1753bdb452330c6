import type { DailyColumns } from '../schemas/case';
import { type DailyAreaRow, dailyAreaRowSchema } from '../schemas/territory';
import type { Parsed } from './parse-json';
import type { DataProblem } from './problems';

/** The fields of a daily row in the order the CSV lists their columns. */
const fieldOrder = ['date', 'areaM2', 'changeM2', 'change7dM2', 'change30dM2', 'percent'] as const;

/** The header line a daily CSV with these column names must start with. */
export function dailyCsvHeader(columns: DailyColumns): string {
  return fieldOrder.map((field) => columns[field]).join(',');
}

export type DailySeries = {
  rows: DailyAreaRow[];
  /** Rows dropped by the duplicate-date rule, reported rather than lost silently. */
  duplicates: { date: string; keptLine: number; droppedLines: number[] }[];
};

function cellToNumber(cell: string | undefined): number | null | string {
  if (cell === undefined || cell.trim() === '') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : cell;
}

/**
 * Reads the daily area CSV, whose column names the case file gives. Rule for a date listed more than once:
 * keep the last row for that date, because a later line is the publisher's later write, and report the others.
 */
export function parseDailyCsv(file: string, text: string, columns: DailyColumns): Parsed<DailySeries> {
  const lines = text.split(/\r?\n/);
  const expected = dailyCsvHeader(columns);
  if ((lines[0] ?? '') !== expected) {
    return { ok: false, problems: [{ file, path: 'line 1', reason: `expected the header "${expected}"` }] };
  }
  const problems: DataProblem[] = [];
  const byDate = new Map<string, { row: DailyAreaRow; line: number; dropped: number[] }>();
  lines.slice(1).forEach((line, index) => {
    const lineNumber = index + 2;
    if (line.trim() === '') return;
    const cells = line.split(',');
    if (cells.length !== fieldOrder.length) {
      problems.push({
        file,
        path: `line ${lineNumber}`,
        reason: `expected ${fieldOrder.length} cells, found ${cells.length}`,
      });
      return;
    }
    const result = dailyAreaRowSchema.safeParse({
      date: cells[0],
      areaM2: cellToNumber(cells[1]),
      changeM2: cellToNumber(cells[2]),
      change7dM2: cellToNumber(cells[3]),
      change30dM2: cellToNumber(cells[4]),
      percent: cellToNumber(cells[5]),
    });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const key = String(issue.path[0] ?? '');
        const column = fieldOrder.find((field) => field === key);
        const columnName = column ? columns[column] : key;
        problems.push({
          file,
          path: `line ${lineNumber} (${cells[0]}) › ${columnName}`,
          reason: issue.message,
        });
      }
      return;
    }
    const earlier = byDate.get(result.data.date);
    byDate.set(result.data.date, {
      row: result.data,
      line: lineNumber,
      dropped: earlier ? [...earlier.dropped, earlier.line] : [],
    });
  });
  if (problems.length > 0) return { ok: false, problems };

  const entries = [...byDate.values()].sort((a, b) => a.row.date.localeCompare(b.row.date));
  return {
    ok: true,
    value: {
      rows: entries.map((entry) => entry.row),
      duplicates: entries
        .filter((entry) => entry.dropped.length > 0)
        .map((entry) => ({ date: entry.row.date, keptLine: entry.line, droppedLines: entry.dropped })),
    },
  };
}
