// Unit tests must not depend on the machine's speed or the day they run: a busy host makes any duration
// assertion flaky. Timing belongs in `npm run bench`; tests assert behaviour.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const clockReads = [
  /\bDate\.now\s*\(/,
  /\bnew Date\s*\(\s*\)/,
  /\bperformance\.now\s*\(/,
  /\bprocess\.hrtime\b/,
  /\bconsole\.time\b/,
  /\buseFakeTimers\b|\badvanceTimersByTime\b/,
];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('unit tests', () => {
  it('never read the wall clock or assert a duration', () => {
    const offenders = ['lib', 'scripts'].flatMap((dir) =>
      testFiles(join(root, dir)).flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return clockReads
          .filter((pattern) => pattern.test(text))
          .map((pattern) => `${relative(root, file)}: ${pattern}`);
      }),
    );
    // This file names the patterns it looks for; it reads no clock itself.
    expect(offenders.filter((o) => !o.startsWith(relative(root, __filename)))).toEqual([]);
  });
});
