import type { DataProblem } from './problems';

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
