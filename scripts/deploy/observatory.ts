// The MDN HTTP Observatory, installed on demand (its install script downloads lists from the internet, so it runs
// with --ignore-scripts and an empty HSTS preload list) into node_modules/.cache, never into package.json: `npm ci`
// and `npm test` do not depend on it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const version = '1.4.8';
const home = resolve('node_modules', '.cache', 'parley-observatory');
const packageDir = join(home, 'node_modules', '@mdn', 'mdn-http-observatory');

export type ObservatoryResult = {
  score: number;
  grade: string;
  tests: Record<string, { pass: boolean; result: string; scoreModifier: number }>;
};

export function ensureObservatory(): void {
  if (!existsSync(join(packageDir, 'src', 'scan.js'))) {
    console.log(`› installing @mdn/mdn-http-observatory@${version} into ${home}`);
    mkdirSync(home, { recursive: true });
    if (!existsSync(join(home, 'package.json')))
      writeFileSync(join(home, 'package.json'), '{"private":true}\n');
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        home,
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        `@mdn/mdn-http-observatory@${version}`,
      ],
      { stdio: 'inherit' },
    );
  }
  const preload = join(packageDir, 'conf', 'hsts-preload.json');
  if (!existsSync(preload)) writeFileSync(preload, '{}\n');
}

/**
 * Scans `host` (host:port). Runs the scanner's own entry point rather than its wrapper, which would replace
 * NODE_EXTRA_CA_CERTS with Mozilla's bundle and so distrust the local CA.
 */
export function scan(host: string, caCert?: string): ObservatoryResult {
  const env = { ...process.env };
  if (caCert) env.NODE_EXTRA_CA_CERTS = caCert;
  const run = spawnSync(process.execPath, [join(packageDir, 'src', 'scan.js'), host], {
    encoding: 'utf8',
    env,
    timeout: 120_000,
  });
  const output = JSON.parse(run.stdout || '{}');
  if (!output.scan) throw new Error(`the Observatory could not scan ${host}: ${run.stdout}${run.stderr}`);
  return { score: output.scan.score, grade: output.scan.grade, tests: output.tests };
}
