// Lighthouse 12.2.3 through its CLI (JSON output), pointed at Debian's Chromium where it exists.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumFlags } from '../chromium';
import { median } from './interactions';

export type Preset = 'mobile' | 'desktop';

export type LighthouseScores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  tbtMs: number;
  lcpMs: number;
  /** Audits below full marks in accessibility, best practices and SEO, in any run. */
  failing: string[];
};

export type LighthouseResult =
  | { ok: true; path: string; preset: Preset; runs: number; retries: number; median: LighthouseScores }
  | { ok: false; path: string; preset: Preset; reason: string };

const chromeFlags = ['--headless=new', ...new Set(['--no-sandbox', ...chromiumFlags])].join(' ');

type LhReport = {
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string }>;
};

function lighthouseCli(): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  return join(require.resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
}

function runOnce(
  url: string,
  preset: Preset,
  outFile: string,
): Promise<{ code: number | null; stderr: string }> {
  const args = [
    lighthouseCli(),
    url,
    '--output=json',
    `--output-path=${outFile}`,
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${chromeFlags}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const env = { ...process.env };
  if (existsSync('/usr/bin/chromium')) env.CHROME_PATH = '/usr/bin/chromium';
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, stderr: String(error) });
    });
  });
}

function scoresOf(report: LhReport): LighthouseScores {
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failing: string[] = [];
  for (const category of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      failing.push(`${category}: ${ref.id} (${audit.score})`);
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    tbtMs: report.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    failing,
  };
}

// Lighthouse 12.2.3 with Debian's Chromium sometimes aborts a run (NO_NAVSTART, or Chrome exits early). Such a run
// measured nothing, so it is run again; the page is never dropped from the report.
const attemptsPerRun = 4;

type MeasuredRun = { ok: true; scores: LighthouseScores; retries: number } | { ok: false; reason: string };

async function measuredRun(url: string, preset: Preset, outFile: string): Promise<MeasuredRun> {
  let reason = '';
  for (let attempt = 0; attempt < attemptsPerRun; attempt++) {
    rmSync(outFile, { force: true });
    const { code, stderr } = await runOnce(url, preset, outFile);
    if (code !== 0 || !existsSync(outFile)) {
      reason = `lighthouse exited with ${code}: ${stderr.trim().slice(-600)}`;
      continue;
    }
    const report = JSON.parse(readFileSync(outFile, 'utf8')) as LhReport;
    if (report.runtimeError) {
      reason = `${report.runtimeError.code}: ${report.runtimeError.message}`;
      continue;
    }
    return { ok: true, scores: scoresOf(report), retries: attempt };
  }
  return { ok: false, reason: `${attemptsPerRun} attempts aborted; the last: ${reason}` };
}

/** Runs Lighthouse `runs` times on one URL and preset and takes the median of each figure separately. */
export async function lighthouseMedian(
  origin: string,
  path: string,
  preset: Preset,
  runs = 3,
): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-lh-'));
  try {
    const all: LighthouseScores[] = [];
    let retries = 0;
    for (let i = 0; i < runs; i++) {
      const run = await measuredRun(new URL(path, origin).toString(), preset, join(dir, `run-${i}.json`));
      if (!run.ok) return { ok: false, path, preset, reason: run.reason };
      retries += run.retries;
      all.push(run.scores);
    }
    const pick = (f: (s: LighthouseScores) => number) => median(all.map(f));
    return {
      ok: true,
      path,
      preset,
      runs,
      retries,
      median: {
        performance: pick((s) => s.performance),
        accessibility: pick((s) => s.accessibility),
        bestPractices: pick((s) => s.bestPractices),
        seo: pick((s) => s.seo),
        cls: pick((s) => s.cls),
        tbtMs: pick((s) => s.tbtMs),
        lcpMs: pick((s) => s.lcpMs),
        failing: [...new Set(all.flatMap((s) => s.failing))],
      },
    };
  } catch (error) {
    return { ok: false, path, preset, reason: String(error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
