import type { z } from 'zod';
import {
  type Aliases,
  aliasesSchema,
  caseSchema,
  type Issue,
  issuesFileSchema,
  type Party,
  type PositionEntry,
  partiesFileSchema,
  positionsFileSchema,
  type SetAside,
  type Source,
  setAsideFileSchema,
  sourcesFileSchema,
} from '../../schemas';
import type { DataFileTexts } from '../build-dataset';
import { dataFiles } from '../dataset';
import { type Parsed, readJson } from '../parse-json';
import { type DataProblem, problemsFromZod } from '../problems';
import { isSourcesFile } from '../recognised-files';

/** A file the import may append to: its JSON value, edited in place so every record keeps its keys and order. */
export type EditableFile<T> = { path: string; root: unknown[]; records: T[]; changed: boolean };

/** The parts of data/ an import reads, and the three files it may add records to. */
export type ImportData = {
  asOf: string;
  issues: Issue[];
  aliases: Aliases;
  sources: Source[];
  parties: EditableFile<Party>;
  positions: EditableFile<PositionEntry>;
  /** Reports read and set aside: the import treats them as already handled. */
  setAside: SetAside[];
  newSources: EditableFile<Source>;
};

/**
 * Reads what the import needs. Drafts of an earlier import are fine (data:check refuses them, the import does not),
 * but a file that fails its schema stops the import: it would otherwise write next to a record it cannot read.
 */
export function readImportData(texts: DataFileTexts, label: string): Parsed<ImportData> {
  const problems: DataProblem[] = [];
  const read = <S extends z.ZodType>(path: string, schema: S, fallback?: string) => {
    const text = texts.get(path) ?? fallback;
    if (text === undefined) {
      problems.push({ file: label + path, path: '', reason: 'file is missing' });
      return undefined;
    }
    const json = readJson(label + path, text.replace(/^\uFEFF/, ''));
    if (!json.ok) {
      problems.push(...json.problems);
      return undefined;
    }
    const parsed = schema.safeParse(json.value);
    if (!parsed.success) {
      problems.push(...problemsFromZod(label + path, parsed.error, json.value));
      return undefined;
    }
    const root: unknown[] = Array.isArray(json.value) ? json.value : [];
    return { root, value: parsed.data };
  };
  const theCase = read(dataFiles.case, caseSchema);
  const issues = read(dataFiles.issues, issuesFileSchema);
  const aliases = read(dataFiles.aliases, aliasesSchema, '{}');
  const parties = read(dataFiles.parties, partiesFileSchema);
  const positions = read(dataFiles.positions, positionsFileSchema, '[]');
  const setAside = read(dataFiles.setAside, setAsideFileSchema, '[]');
  const sourcePaths = [...texts.keys()].filter(isSourcesFile).sort();
  const sourceFiles = sourcePaths.map((path) => ({ path, file: read(path, sourcesFileSchema) }));
  const target = sourceFiles.find((s) => s.path === dataFiles.importedSources)?.file;
  if (!theCase || !issues || !aliases || !parties || !positions || !setAside || problems.length > 0)
    return { ok: false, problems };
  return {
    ok: true,
    value: {
      asOf: theCase.value.asOf,
      issues: issues.value,
      aliases: aliases.value,
      sources: sourceFiles.flatMap(({ file }) => file?.value ?? []),
      parties: { path: dataFiles.parties, root: parties.root, records: parties.value, changed: false },
      positions: {
        path: dataFiles.positions,
        root: positions.root,
        records: positions.value,
        changed: false,
      },
      setAside: setAside.value,
      newSources: {
        path: dataFiles.importedSources,
        root: target?.root ?? [],
        records: target?.value ?? [],
        changed: false,
      },
    },
  };
}

/** The text of a changed file, in the format of every file in data/: two-space JSON, a final newline, no escapes. */
export function fileText(file: EditableFile<unknown>): string {
  return `${JSON.stringify(file.root, null, 2)}\n`;
}
