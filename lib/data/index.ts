import 'server-only';
import { join } from 'node:path';
import { buildDataset } from './build-dataset';
import type { Dataset } from './dataset';
import { DataError } from './problems';
import { dataDirLabel, readDataFiles } from './read-files';

export type { Dataset } from './dataset';

/** data/ unless PARLEY_DATA_DIR names another folder, as the tests do to serve a hostile fixture. */
function dataDirectory(): string {
  return process.env.PARLEY_DATA_DIR ?? join(process.cwd(), 'data');
}

let cached: Dataset | undefined;

/**
 * The whole dataset, read and checked once per server process. It throws rather than return half the data:
 * the build runs the same checks first, so a running server only ever sees data that passed them.
 */
export function getDataset(): Dataset {
  if (cached) return cached;
  const dir = dataDirectory();
  const parsed = buildDataset(readDataFiles(dir), dataDirLabel(dir));
  if (!parsed.ok) throw new DataError(parsed.problems);
  cached = parsed.value;
  return cached;
}
