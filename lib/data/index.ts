import 'server-only';
import { buildDataset } from './build-dataset';
import { dataDirectory } from './data-directory';
import type { Dataset } from './dataset';
import { DataError } from './problems';
import { dataDirLabel, readDataFiles } from './read-files';

export type { Dataset } from './dataset';

let cached: Dataset | undefined;

/**
 * The whole dataset, read and checked once per server process. It throws rather than return half the data:
 * the build runs the same checks first, so a running server only ever sees data that passed them.
 */
export function getDataset(): Dataset {
  if (cached) return cached;
  const dir = dataDirectory(process.cwd(), process.env);
  const parsed = buildDataset(readDataFiles(dir), dataDirLabel(dir));
  if (!parsed.ok) throw new DataError(parsed.problems);
  cached = parsed.value;
  return cached;
}
