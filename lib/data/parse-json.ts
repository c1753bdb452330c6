import type { z } from 'zod';
import type { DataProblem } from './problems';
import { problemsFromZod } from './problems';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: DataProblem[] };

/** The JSON value of a file's text, or the one reason it is not JSON. */
export function readJson(file: string, text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, path: '', reason: `invalid JSON: ${reason}` }] };
  }
}

/** Parses one JSON data file's text against its schema, naming the file and the path of every problem. */
export function parseJsonFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Parsed<z.infer<S>> {
  const json = readJson(file, text);
  if (!json.ok) return json;
  const result = schema.safeParse(json.value);
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error, json.value) };
  return { ok: true, value: result.data };
}
