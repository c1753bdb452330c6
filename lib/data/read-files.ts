import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { DataFileTexts } from './build-dataset';

/**
 * Reads every file under the data folder, keyed by its path relative to that folder: the checks need to see the
 * files Parley does not read as well as those it does, to flag a stray positions-2026.json.
 */
export function readDataFiles(dataDir: string): DataFileTexts {
  const texts: DataFileTexts = new Map();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        texts.set(relative(dataDir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dataDir);
  return texts;
}

/** How problems name the data folder: relative to the working directory when inside it ("data/"), else as given. */
export function dataDirLabel(dataDir: string): string {
  const inside = relative(process.cwd(), dataDir);
  if (inside === '') return './';
  return inside.startsWith('..') || isAbsolute(inside) ? `${dataDir.replace(/\/$/, '')}/` : `${inside}/`;
}
