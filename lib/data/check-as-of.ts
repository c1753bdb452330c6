import { dataFiles } from './dataset';
import type { LoadedData } from './loaded-data';
import type { DataProblem } from './problems';
import { pathOf, type RecordList } from './record-list';

/**
 * Nothing in data/ may be dated after the case's as-of date: the matrix shows the latest position, so a typo of
 * 2030 for 2025 would become every reader's "current" stance. (The daily CSV is checked row by row in its reader.)
 */
export function findDatesAfterAsOf(data: LoadedData): DataProblem[] {
  const asOf = data.case?.asOf;
  if (asOf === undefined) return [];
  const problems: DataProblem[] = [];
  const reason = (date: string) =>
    `${date} is after the data's as-of date ${asOf} (${dataFiles.case} › asOf)`;
  const check = <T>(
    list: RecordList<T> | undefined,
    pick: (record: T) => [PropertyKey[], string | null | undefined][],
  ) => {
    for (const record of list?.records ?? []) {
      for (const [path, date] of pick(record)) {
        if (list && date && date > asOf)
          problems.push({ file: list.file, path: pathOf(list, record, ...path), reason: reason(date) });
      }
    }
  };
  check(data.positions, (p) => [
    [['date'], p.date],
    ...p.evidence.map((e, j): [PropertyKey[], string] => [['evidence', j, 'date'], e.date]),
  ]);
  check(data.setAside, (s) => [[['date'], s.date]]);
  for (const sources of data.sources) check(sources, (s) => [[['publishedOn'], s.publishedOn]]);
  check(data.events, (e) => [
    [['date'], e.date],
    [['endDate'], e.endDate],
  ]);
  check(data.parties, (party) =>
    party.speakers.map((s, j): [PropertyKey[], string] => [['speakers', j, 'roleAsOf'], s.roleAsOf]),
  );
  const asOfMonth = asOf.slice(0, 7);
  for (const figure of data.figures?.records ?? []) {
    if (data.figures && figure.month > asOfMonth) {
      problems.push({
        file: data.figures.file,
        path: pathOf(data.figures, figure, 'month'),
        reason: `${figure.month} is after the data's as-of date ${asOf} (${dataFiles.case} › asOf)`,
      });
    }
  }
  return problems;
}
