import type { z } from 'zod';
import {
  aliasesSchema,
  caseSchema,
  codebookFileSchema,
  codebookRuleSchema,
  correctionSchema,
  correctionsFileSchema,
  eventSchema,
  eventsFileSchema,
  issueSchema,
  issuesFileSchema,
  monthlyFigureSchema,
  monthlyFiguresFileSchema,
  monthlySeriesSchema,
  partiesFileSchema,
  partySchema,
  positionEntrySchema,
  positionsFileSchema,
  setAsideFileSchema,
  setAsideSchema,
  sourceSchema,
  sourcesFileSchema,
} from '../schemas';
import { buildDailySeries } from './daily-series';
import { dataFiles } from './dataset';
import type { KnownIds, LoadedData } from './loaded-data';
import { parseDailyCsv } from './parse-daily-csv';
import { readJson } from './parse-json';
import { type DataProblem, problemsFromZod } from './problems';
import { isSourcesFile, recognisedFilesProblems } from './recognised-files';
import { idsAt, type RecordList, recordList, valueAt } from './record-list';
import { idOf, isRecord } from './record-path';

const byteOrderMark = '\uFEFF';

/**
 * Reads every file of data/ it can, reporting each problem once: a byte-order mark, invalid JSON, a record that
 * fails its schema, a file it does not know, a CSV row out of bounds. Pure: the texts come in, nothing is read here.
 */
export function loadData(
  input: Map<string, string>,
  label: string,
): { data: LoadedData; problems: DataProblem[]; notices: string[] } {
  const problems: DataProblem[] = [];
  const fileName = (path: string) => label + path;
  const texts = new Map<string, string>();
  for (const [path, text] of input) {
    if (text.startsWith(byteOrderMark)) {
      problems.push({
        file: fileName(path),
        path: '',
        reason: 'starts with a UTF-8 byte-order mark (bytes EF BB BF); save it as UTF-8 without a BOM',
      });
    }
    texts.set(path, text.startsWith(byteOrderMark) ? text.slice(1) : text);
  }

  const json = (path: string, required: boolean): { root: unknown } | undefined => {
    const text = texts.get(path);
    if (text === undefined) {
      if (required) problems.push({ file: fileName(path), path: '', reason: 'file is missing' });
      return undefined;
    }
    const parsed = readJson(fileName(path), text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    return { root: parsed.value };
  };
  const whole = <S extends z.ZodType>(path: string, root: unknown, schema: S): z.infer<S> | undefined => {
    const result = schema.safeParse(root);
    if (result.success) return result.data;
    problems.push(...problemsFromZod(fileName(path), result.error, root));
    return undefined;
  };
  const list = <T>(path: string, required: boolean, fileSchema: z.ZodType, schema: z.ZodType<T>) => {
    const file = json(path, required);
    if (!file) return undefined;
    whole(path, file.root, fileSchema);
    return recordList(fileName(path), file.root, [], schema);
  };

  const caseRoot = json(dataFiles.case, true);
  const theCase = caseRoot && whole(dataFiles.case, caseRoot.root, caseSchema);
  const dailyCase = theCase?.territory?.daily;
  // Without a readable case file the daily CSV's name is unknown, so no .csv is called a stray.
  problems.push(...recognisedFilesProblems(texts.keys(), theCase ? dailyCase?.file : null, label));

  const sourcePaths = [...texts.keys()].filter(isSourcesFile).sort();
  if (sourcePaths.length === 0) {
    problems.push({ file: fileName(`${dataFiles.sourcesDir}/`), path: '', reason: 'no source files found' });
  }
  const sourceRoots = sourcePaths.map((path) => ({ path, file: json(path, true) }));
  const sources = sourceRoots.flatMap(({ path, file }) => {
    if (!file) return [];
    whole(path, file.root, sourcesFileSchema);
    return [recordList(fileName(path), file.root, [], sourceSchema)];
  });

  const codebook = list(dataFiles.codebook, true, codebookFileSchema, codebookRuleSchema);
  const parties = list(dataFiles.parties, true, partiesFileSchema, partySchema);
  const issues = list(dataFiles.issues, true, issuesFileSchema, issueSchema);
  const positions = list(dataFiles.positions, true, positionsFileSchema, positionEntrySchema);
  const setAside = list(dataFiles.setAside, false, setAsideFileSchema, setAsideSchema);
  const events = list(dataFiles.events, true, eventsFileSchema, eventSchema);
  const monthlyRoot = json(dataFiles.monthly, theCase?.territory !== undefined);
  if (monthlyRoot) whole(dataFiles.monthly, monthlyRoot.root, monthlyFiguresFileSchema);
  const monthlyFile = fileName(dataFiles.monthly);
  const series = monthlyRoot && recordList(monthlyFile, monthlyRoot.root, ['series'], monthlySeriesSchema);
  const figures = monthlyRoot && recordList(monthlyFile, monthlyRoot.root, ['figures'], monthlyFigureSchema);
  const aliasesRoot = json(dataFiles.aliases, false);
  const aliases = aliasesRoot && whole(dataFiles.aliases, aliasesRoot.root, aliasesSchema);
  const corrections = list(dataFiles.corrections, false, correctionsFileSchema, correctionSchema);

  const known: KnownIds = {
    parties: idSet(parties),
    issues: idSet(issues),
    rules: idSet(codebook),
    series: monthlyRoot && new Set(idsAt(monthlyRoot.root, ['series'])),
    sources: sourceRoots.every(({ file }) => file)
      ? new Set(sources.flatMap((s) => idsAt(s.root, [])))
      : undefined,
    speakers: parties && speakerParties(parties.root),
  };

  const notices: string[] = [];
  let daily: LoadedData['daily'];
  const dailyText = dailyCase && texts.get(dailyCase.file);
  if (dailyCase && dailyText === undefined) {
    problems.push({ file: fileName(dailyCase.file), path: '', reason: 'file is missing' });
  } else if (dailyCase && dailyText !== undefined && theCase?.territory) {
    const file = fileName(dailyCase.file);
    const parsed = parseDailyCsv(file, dailyText, dailyCase.columns);
    const denominators = theCase.territory.denominators;
    const built = buildDailySeries({
      file,
      path: dailyCase.file,
      lines: parsed.lines,
      columns: dailyCase.columns,
      denominatorKm2: denominators.find((d) => d.id === dailyCase.denominator)?.km2,
      maxAreaKm2: Math.max(...denominators.map((d) => d.km2)),
      asOf: theCase.asOf,
      corrections: corrections && {
        file: corrections.file,
        list: corrections.records.map((correction) => ({
          correction,
          path: `[${corrections.indexOf.get(correction) ?? -1}]`,
        })),
      },
    });
    problems.push(...parsed.problems, ...built.problems);
    notices.push(...built.notices);
    daily = built.series;
  }

  return {
    data: {
      fileName,
      case: theCase,
      codebook,
      sources,
      parties,
      issues,
      positions,
      setAside,
      events,
      series,
      figures,
      aliases,
      daily,
      known,
    },
    problems,
    notices,
  };
}

function idSet<T>(list: RecordList<T> | undefined): Set<string> | undefined {
  return list && new Set(idsAt(list.root, []));
}

/** Every speaker id in parties.json, valid record or not, with the id of the party it is listed under. */
function speakerParties(root: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (!Array.isArray(root)) return map;
  for (const party of root) {
    const partyId = idOf(party);
    const speakers = isRecord(party) ? valueAt(party, ['speakers']) : undefined;
    if (partyId === undefined || !Array.isArray(speakers)) continue;
    for (const speaker of speakers) {
      const id = idOf(speaker);
      if (id !== undefined && !map.has(id)) map.set(id, partyId);
    }
  }
  return map;
}
