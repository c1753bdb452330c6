// @ts-check
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import dataDir from '../lib/data/data-directory.js';

/**
 * The id of the build in `.next`, which names every script and style it ships.
 * @param {string} dir the project folder
 */
export function readBuildId(dir) {
  const file = join(dir, '.next', 'BUILD_ID');
  if (!existsSync(file)) throw new Error(`no production build in ${dir}/.next: run \`npm run build\` first`);
  return readFileSync(file, 'utf8').trim();
}

/** data/ unless PARLEY_DATA_DIR names another folder: the loaders' own rule, shared. */
export const dataDirectory = dataDir.dataDirectory;

/**
 * A hash of every file in the data folder, names and bytes. The app reads the data once per process, so this is
 * read once at start too: the version names exactly the data this process serves.
 * @param {string} dataDir
 */
export function dataVersion(dataDir) {
  const hash = createHash('sha256');
  /** @param {string} folder */
  const walk = (folder) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        hash.update(relative(dataDir, path).split(sep).join('/')).update('\0');
        hash.update(readFileSync(path)).update('\0');
      }
    }
  };
  walk(dataDir);
  return hash.digest('base64url').slice(0, 16);
}
