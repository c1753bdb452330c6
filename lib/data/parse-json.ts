import type { z } from 'zod';
import type { DataProblem } from './problems';
import { problemsFromZod } from './problems';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: DataProblem[] };

/** Parses one JSON data file's text against its schema, naming the file and the path of every problem. */
export function parseJsonFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): Parsed<z.infer<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ file, path: '', reason: `invalid JSON: ${reason}` }] };
  }
  const result = schema.safeParse(raw);
  if (!result.success) return { ok: false, problems: problemsFromZod(file, result.error) };
  return { ok: true, value: result.data };
}
