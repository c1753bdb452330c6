import type { z } from 'zod';
import { idOf, isRecord, recordPath } from './record-path';

/**
 * The records of one list in a data file that pass their schema. A broken record is reported once and left out, so
 * the checks that compare files still run on the rest in the same pass.
 */
export type RecordList<T> = {
  file: string;
  /** The file's whole JSON value, for paths that name records by id. */
  root: unknown;
  /** Where the list sits in the file: [] for a file that is a list, ['figures'] for one inside an object. */
  at: readonly PropertyKey[];
  records: T[];
  indexOf: Map<T, number>;
};

export function recordList<T>(
  file: string,
  root: unknown,
  at: readonly PropertyKey[],
  schema: z.ZodType<T>,
): RecordList<T> {
  const records: T[] = [];
  const indexOf = new Map<T, number>();
  const list = valueAt(root, at);
  if (Array.isArray(list)) {
    list.forEach((item, index) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) return;
      records.push(parsed.data);
      indexOf.set(parsed.data, index);
    });
  }
  return { file, root, at, records, indexOf };
}

/** The path of a record, or of a field inside it, as a maintainer reads it. */
export function pathOf<T>(list: RecordList<T>, record: T, ...rest: PropertyKey[]): string {
  return recordPath(list.root, [...list.at, list.indexOf.get(record) ?? -1, ...rest]);
}

/** The ids of every item in a list that has one, valid or not: a broken record should not make its id unknown. */
export function idsAt(root: unknown, at: readonly PropertyKey[]): string[] {
  const list = valueAt(root, at);
  return Array.isArray(list) ? list.flatMap((item) => idOf(item) ?? []) : [];
}

export function valueAt(root: unknown, at: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of at) {
    if (typeof key === 'number') node = Array.isArray(node) ? node[key] : undefined;
    else node = isRecord(node) ? node[String(key)] : undefined;
  }
  return node;
}
