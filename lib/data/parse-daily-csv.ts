import { type DailyAreaRow, dailyAreaRowSchema } from '../schemas/territory';
import type { Parsed } from './parse-json';
import type { DataProblem } from './problems';

export const dailyCsvColumns = [
  'date',
  'area_assessed_as_russia_controlled',
  'change_in_area_assessed_as_russia_controlled',
  'change_in_area_assessed_as_russia_controlled_in_past_7_days',
  'change_in_area_assessed_as_russia_controlled_in_past_30_days',
  'area_assessed_as_russia_controlled_percent',
] as const;

const columnOfField = {
  date: dailyCsvColumns[0],
  areaM2: dailyCsvColumns[1],
  changeM2: dailyCsvColumns[2],
  change7dM2: dailyCsvColumns[3],
  change30dM2: dailyCsvColumns[4],
  percent: dailyCsvColumns[5],
} as const;

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
 * Reads the Economist/ISW daily CSV. Rule for a date listed more than once (2026-04-04 is, in the real file):
 * keep the last row for that date, because a later line is the publisher's later write, and report the others.
 */
export function parseDailyCsv(file: string, text: string): Parsed<DailySeries> {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.split(',') ?? [];
  if (header.join(',') !== dailyCsvColumns.join(',')) {
    return {
      ok: false,
      problems: [{ file, path: 'line 1', reason: `expected the header "${dailyCsvColumns.join(',')}"` }],
    };
  }
  const problems: DataProblem[] = [];
  const byDate = new Map<string, { row: DailyAreaRow; line: number; dropped: number[] }>();
  lines.slice(1).forEach((line, index) => {
    const lineNumber = index + 2;
    if (line.trim() === '') return;
    const cells = line.split(',');
    if (cells.length !== dailyCsvColumns.length) {
      problems.push({
        file,
        path: `line ${lineNumber}`,
        reason: `expected ${dailyCsvColumns.length} cells, found ${cells.length}`,
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
        const column = columnOfField[key as keyof typeof columnOfField] ?? key;
        problems.push({ file, path: `line ${lineNumber} (${cells[0]}) › ${column}`, reason: issue.message });
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
