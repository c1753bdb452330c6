import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DataFileTexts } from './build-dataset';

/** Reads every .json and .csv file under the data folder, keyed by its path relative to that folder. */
export function readDataFiles(dataDir: string): DataFileTexts {
  const texts: DataFileTexts = new Map();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'schemas') walk(path);
      } else if (/\.(json|csv)$/.test(entry.name)) {
        texts.set(relative(dataDir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
      }
    }
  };
  walk(dataDir);
  return texts;
}
