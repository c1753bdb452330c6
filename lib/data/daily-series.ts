import { formatNumber, formatPublished } from '../format/number';
import type { DailyColumns } from '../schemas/case';
import type { Correction } from '../schemas/corrections';
import type { DailyAreaRow } from '../schemas/territory';
import type { DailyLine, DailySeries } from './parse-daily-csv';
import type { DataProblem } from './problems';

/** How far a CSV percent may stray from area ÷ denominator: enough for a share rounded to two decimals. */
export const percentTolerance = 0.01;

export type DailySeriesInput = {
  /** The CSV as a maintainer sees it ("data/territory/….csv") and as corrections.json names it (relative). */
  file: string;
  path: string;
  lines: DailyLine[];
  columns: DailyColumns;
  /** The area the file's percent column divides by, in km². */
  denominatorKm2: number | undefined;
  /** The largest area the case knows for the region: no assessed area can be larger. */
  maxAreaKm2: number | undefined;
  asOf: string | undefined;
  corrections: { file: string; list: { correction: Correction; path: string }[] } | undefined;
};

/**
 * Checks every row against the case's bounds, and resolves dates listed more than once: identical rows keep the
 * first; rows that differ need a decision in corrections.json, because either could be the publisher's mistake.
 */
export function buildDailySeries(input: DailySeriesInput): {
  series: DailySeries;
  problems: DataProblem[];
  notices: string[];
} {
  const problems: DataProblem[] = input.lines.flatMap((line) => rowProblems(input, line));
  const notices: string[] = [];
  const byDate = new Map<string, DailyLine[]>();
  for (const line of input.lines) byDate.set(line.row.date, [...(byDate.get(line.row.date) ?? []), line]);

  const corrections = (input.corrections?.list ?? []).filter(
    ({ correction }) => correction.file === input.path,
  );
  for (const { correction, path } of input.corrections?.list ?? []) {
    const where = { file: input.corrections?.file ?? '', path };
    const lines = byDate.get(correction.date) ?? [];
    if (correction.file !== input.path) {
      problems.push({
        ...where,
        reason: `names "${correction.file}", but the daily series is "${input.path}"`,
      });
    } else if (lines.length < 2) {
      problems.push({
        ...where,
        reason: `${correction.date} is listed once in ${input.path}; nothing to correct`,
      });
    } else if (!lines.some((l) => l.line === correction.keepLine)) {
      problems.push({
        ...where,
        reason: `line ${correction.keepLine} is not a line of ${correction.date} (lines ${lines.map((l) => l.line).join(', ')})`,
      });
    }
  }

  const rows: DailyAreaRow[] = [];
  const duplicates: DailySeries['duplicates'] = [];
  for (const [date, lines] of byDate) {
    const [first, ...others] = lines;
    if (!first) continue;
    if (others.length === 0) {
      rows.push(first.row);
      continue;
    }
    const lineList = lines.map((l) => l.line).join(', ');
    const differing = differingColumns(lines, input.columns);
    const correction = corrections.find((c) => c.correction.date === date)?.correction;
    const kept = correction ? lines.find((l) => l.line === correction.keepLine) : undefined;
    if (differing.length === 0) {
      rows.push(first.row);
      notices.push(
        `${input.file}: ${date} is listed ${lines.length} times with the same values (lines ${lineList}); kept line ${first.line}`,
      );
    } else if (kept) {
      rows.push(kept.row);
      notices.push(
        `${input.file}: ${date} is listed ${lines.length} times (lines ${lineList}); kept line ${kept.line} as corrections.json decides`,
      );
    } else {
      for (const other of others) {
        problems.push({
          file: input.file,
          path: `line ${other.line} (${date})`,
          reason: `${date} is also on line ${first.line}, with a different ${differing.join(', ')}; name the line to keep, and why, in data/corrections.json`,
        });
      }
      continue;
    }
    const keptLine = kept?.line ?? first.line;
    duplicates.push({ date, keptLine, droppedLines: lines.map((l) => l.line).filter((l) => l !== keptLine) });
  }
  rows.sort((a, b) => a.date.localeCompare(b.date));
  return { series: { rows, duplicates }, problems, notices };
}

function rowProblems(input: DailySeriesInput, { line, row }: DailyLine): DataProblem[] {
  const problems: DataProblem[] = [];
  const at = (column: string) => `line ${line} (${row.date}) › ${column}`;
  const areaKm2 = row.areaM2 / 1_000_000;
  if (input.asOf !== undefined && row.date > input.asOf) {
    problems.push({
      file: input.file,
      path: at(input.columns.date),
      reason: `${row.date} is after the data's as-of date ${input.asOf} (case.json › asOf)`,
    });
  }
  if (input.maxAreaKm2 !== undefined && areaKm2 > input.maxAreaKm2) {
    problems.push({
      file: input.file,
      path: at(input.columns.areaM2),
      reason: `${formatNumber(areaKm2)} km² is more than the largest area of the region in case.json (${formatNumber(input.maxAreaKm2)} km²)`,
    });
  } else if (input.denominatorKm2 !== undefined) {
    const expected = (areaKm2 / input.denominatorKm2) * 100;
    if (Math.abs(expected - row.percent) > percentTolerance) {
      problems.push({
        file: input.file,
        path: at(input.columns.percent),
        reason: `${formatPublished(row.percent)} disagrees with area ÷ ${formatNumber(input.denominatorKm2)} km² = ${formatNumber(expected, 3)} by more than ${percentTolerance} points`,
      });
    }
  }
  return problems;
}

function differingColumns(lines: DailyLine[], columns: DailyColumns): string[] {
  const [first, ...others] = lines;
  if (!first) return [];
  const fields = ['areaM2', 'changeM2', 'change7dM2', 'change30dM2', 'percent'] as const;
  return fields.filter((f) => others.some((o) => o.row[f] !== first.row[f])).map((f) => columns[f]);
}
