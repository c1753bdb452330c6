import type { z } from 'zod';
import { recordPath } from './record-path';

/** One thing wrong with the data: which file, where inside it, and why. */
export type DataProblem = { file: string; path: string; reason: string };

export function formatProblem({ file, path, reason }: DataProblem): string {
  return path ? `${file} › ${path}: ${reason}` : `${file}: ${reason}`;
}

/** zod's issues as problems, their paths naming records by id in `root`, the JSON value that was parsed. */
export function problemsFromZod(
  file: string,
  error: z.ZodError,
  root: unknown,
  at: readonly PropertyKey[] = [],
): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: recordPath(root, [...at, ...issue.path]),
    reason: issue.message,
  }));
}

export class DataError extends Error {
  constructor(readonly problems: DataProblem[]) {
    super(
      `The data in data/ is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'DataError';
  }
}
