import { jsonFileSchemas } from '../schemas/files';
import { dataFiles } from './dataset';
import type { DataProblem } from './problems';

/**
 * Every file in data/ that Parley does not read. A file it ignores is worse than a broken one: a second
 * positions-2026.json or a Positions.JSON looks like data to a maintainer, while no reader ever sees it.
 * `dailyFile` is null when the case file could not be read: any .csv is then given the benefit of the doubt.
 */
export function recognisedFilesProblems(
  paths: Iterable<string>,
  dailyFile: string | null | undefined,
  label: string,
): DataProblem[] {
  const known = new Set<string>([
    dataFiles.case,
    dataFiles.codebook,
    dataFiles.parties,
    dataFiles.issues,
    dataFiles.positions,
    dataFiles.setAside,
    dataFiles.events,
    dataFiles.monthly,
    dataFiles.aliases,
    dataFiles.corrections,
    ...(dailyFile ? [dailyFile] : []),
    ...jsonFileSchemas.map(({ name }) => `schemas/${name}.schema.json`),
  ]);
  const problems: DataProblem[] = [];
  for (const path of paths) {
    if (known.has(path) || isSourcesFile(path) || isDocument(path)) continue;
    if (dailyFile === null && path.endsWith('.csv')) continue;
    const extension = /\.(json|csv)$/i.exec(path)?.[0];
    const reason =
      extension && extension !== extension.toLowerCase()
        ? `not a file Parley reads: data files end in ".json" or ".csv" in lowercase, not "${extension}"`
        : 'not a file Parley reads, so nothing in it would reach a reader; data/README.md lists the files';
    problems.push({ file: label + path, path: '', reason });
  }
  return problems;
}

/** A file of sources: `sources/<name>.json`, all merged. */
export function isSourcesFile(path: string): boolean {
  return new RegExp(`^${dataFiles.sourcesDir}/[a-z0-9][a-z0-9_-]*\\.json$`).test(path);
}

/** Notes for maintainers, anywhere in data/: READMEs, licences, provenance notes. */
function isDocument(path: string): boolean {
  const name = path.split('/').at(-1) ?? '';
  return /\.md$/.test(name) || /^LICEN[CS]E([.-][\w.-]+)?(\.txt)?$/.test(name);
}
