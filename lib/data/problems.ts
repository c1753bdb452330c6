import type { z } from 'zod';

/** One thing wrong with the data: which file, where inside it, and why. */
export type DataProblem = { file: string; path: string; reason: string };

export function formatProblem({ file, path, reason }: DataProblem): string {
  return path ? `${file} › ${path}: ${reason}` : `${file}: ${reason}`;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

export function problemsFromZod(file: string, error: z.ZodError, prefix = ''): DataProblem[] {
  return error.issues.map((issue) => ({
    file,
    path: prefix + formatPath(issue.path),
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
