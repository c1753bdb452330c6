import type { DailyColumns } from '../schemas/case';
import { type DailyAreaRow, dailyAreaRowSchema } from '../schemas/territory';
import type { DataProblem } from './problems';

/** The fields of a daily row in the order the CSV lists their columns. */
export const dailyFieldOrder = [
  'date',
  'areaM2',
  'changeM2',
  'change7dM2',
  'change30dM2',
  'percent',
] as const;

/** The header line a daily CSV with these column names must start with. */
export function dailyCsvHeader(columns: DailyColumns): string {
  return dailyFieldOrder.map((field) => columns[field]).join(',');
}

/** A parsed row with the line it came from (the header is line 1), so every later check can name the line. */
export type DailyLine = { line: number; row: DailyAreaRow };

/** The series the app draws: one row per date, and the repeated dates that were resolved. */
export type DailySeries = {
  rows: DailyAreaRow[];
  /** Dates listed more than once: the line kept and the lines dropped, reported rather than lost silently. */
  duplicates: { date: string; keptLine: number; droppedLines: number[] }[];
};

function cellToNumber(cell: string | undefined): number | null | string {
  if (cell === undefined || cell.trim() === '') return null;
  const value = Number(cell);
  return Number.isFinite(value) ? value : cell;
}

/**
 * Reads the daily area CSV, whose column names the case file gives, into its rows in file order. A broken line is
 * reported and left out, so the checks on the other lines still run.
 */
export function parseDailyCsv(
  file: string,
  text: string,
  columns: DailyColumns,
): { lines: DailyLine[]; problems: DataProblem[] } {
  const lines = text.split(/\r?\n/);
  const expected = dailyCsvHeader(columns);
  if ((lines[0] ?? '') !== expected) {
    return { lines: [], problems: [{ file, path: 'line 1', reason: `expected the header "${expected}"` }] };
  }
  const problems: DataProblem[] = [];
  const parsed: DailyLine[] = [];
  lines.slice(1).forEach((line, index) => {
    const lineNumber = index + 2;
    if (line.trim() === '') return;
    const cells = line.split(',');
    if (cells.length !== dailyFieldOrder.length) {
      problems.push({
        file,
        path: `line ${lineNumber}`,
        reason: `expected ${dailyFieldOrder.length} cells, found ${cells.length}`,
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
        const column = dailyFieldOrder.find((field) => field === key);
        problems.push({
          file,
          path: `line ${lineNumber} (${cells[0]}) › ${column ? columns[column] : key}`,
          reason: issue.message,
        });
      }
      return;
    }
    parsed.push({ line: lineNumber, row: result.data });
  });
  if (parsed.length === 0 && problems.length === 0) {
    problems.push({ file, path: '', reason: 'has a header but no rows' });
  }
  return { lines: parsed, problems };
}
