import {
  caseSchema,
  codebookFileSchema,
  eventsFileSchema,
  issuesFileSchema,
  monthlyFiguresFileSchema,
  type Position,
  partiesFileSchema,
  positionsFileSchema,
  sourcesFileSchema,
} from '../schemas';
import { findReferenceProblems } from './cross-check';
import { type Dataset, dataFiles } from './dataset';
import { parseDailyCsv } from './parse-daily-csv';
import { type Parsed, parseJsonFile } from './parse-json';
import type { DataProblem } from './problems';

/** The raw text of every data file, keyed by its path relative to the data folder. */
export type DataFileTexts = Map<string, string>;

/**
 * Turns the data files' text into one Dataset, or every problem found. Pure, so tests can feed it broken files
 * without touching the disk; `label` is how file names are shown (e.g. "data/").
 */
export function buildDataset(texts: DataFileTexts, label = 'data/'): Parsed<Dataset> {
  const problems: DataProblem[] = [];
  const read = <T>(path: string, parse: (file: string, text: string) => Parsed<T>): T | undefined => {
    const text = texts.get(path);
    if (text === undefined) {
      problems.push({ file: label + path, path: '', reason: 'file is missing' });
      return undefined;
    }
    const parsed = parse(label + path, text);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    return parsed.value;
  };

  const sourceFiles = [...texts.keys()].filter(
    (path) => path.startsWith(`${dataFiles.sourcesDir}/`) && path.endsWith('.json'),
  );
  if (sourceFiles.length === 0) {
    problems.push({ file: `${label}${dataFiles.sourcesDir}/`, path: '', reason: 'no source files found' });
  }
  const sourcesByFile = sourceFiles.sort().map((path) => ({
    file: label + path,
    sources: read(path, (file, text) => parseJsonFile(file, text, sourcesFileSchema)) ?? [],
  }));
  const caseFile = read(dataFiles.case, (f, t) => parseJsonFile(f, t, caseSchema));
  const codebook = read(dataFiles.codebook, (f, t) => parseJsonFile(f, t, codebookFileSchema));
  const parties = read(dataFiles.parties, (f, t) => parseJsonFile(f, t, partiesFileSchema));
  const issues = read(dataFiles.issues, (f, t) => parseJsonFile(f, t, issuesFileSchema));
  const positions = read(dataFiles.positions, (f, t) => parseJsonFile(f, t, positionsFileSchema));
  const events = read(dataFiles.events, (f, t) => parseJsonFile(f, t, eventsFileSchema));
  const monthly = caseFile?.territory
    ? read(dataFiles.monthly, (f, t) => parseJsonFile(f, t, monthlyFiguresFileSchema))
    : { series: [], figures: [] };
  const dailyCase = caseFile?.territory?.daily;
  const daily = dailyCase
    ? read(dailyCase.file, (file, text) => parseDailyCsv(file, text, dailyCase.columns))
    : undefined;

  if (
    problems.length > 0 ||
    !caseFile ||
    !codebook ||
    !parties ||
    !issues ||
    !positions ||
    !events ||
    !monthly ||
    (dailyCase && !daily)
  ) {
    return { ok: false, problems };
  }

  const referenceProblems = findReferenceProblems(
    { case: caseFile, codebook, sourcesByFile, parties, issues, positions, events, monthly },
    (path) => label + path,
  );
  if (referenceProblems.length > 0) return { ok: false, problems: referenceProblems };

  return {
    ok: true,
    value: {
      case: caseFile,
      codebook,
      sources: sourcesByFile.flatMap((entry) => entry.sources),
      parties,
      issues,
      // The cross-checks have refused any position whose stance is not coded yet.
      positions: positions.filter((p): p is Position => p.stance !== null),
      events,
      territory: { ...monthly, daily },
      notices: (daily?.duplicates ?? []).map(
        (d) =>
          `${label}${dailyCase?.file}: ${d.date} is listed ${d.droppedLines.length + 1} times (lines ${[...d.droppedLines, d.keptLine].join(', ')}); kept line ${d.keptLine}, the last, by the duplicate-date rule`,
      ),
    },
  };
}
