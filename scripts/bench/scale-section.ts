// Section 5: a large generated case (many parties, issues and reports): the server render and a click stay usable.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { type InteractionResult, interactions, measureInteraction, median } from './interactions';
import { goalList, kB, ms, type Row, ratio, type SectionReport } from './report';
import { generateScaleData, scaleShape } from './scale-data';
import { type Server, startServer, timedGet } from './server';

export async function scaleSection(
  browser: Browser,
  real: Server,
  port: number,
  realToggle: InteractionResult | undefined,
): Promise<SectionReport> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-scale-'));
  try {
    const generated = generateScaleData(join(process.cwd(), 'data'), dir);
    const check = spawnSync('npx', ['tsx', 'scripts/data-check.ts', dir], { encoding: 'utf8' });
    if (check.status !== 0) {
      throw new Error(`the scale dataset does not pass data:check:\n${check.stdout}\n${check.stderr}`);
    }
    console.log(`\n› scale dataset: ${check.stdout.trim().split('\n')[0]}`);
    const scale = await startServer(port, { dataDir: dir });
    try {
      return await measure(browser, real, scale, realToggle, generated);
    } finally {
      await scale.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(
  browser: Browser,
  real: Server,
  scale: Server,
  realToggle: InteractionResult | undefined,
  generated: { positions: number; dailyRows: number },
): Promise<SectionReport> {
  const { goals, goal } = goalList();
  // Server render of /, to the last byte. The front server caches a view once rendered, so each request asks for
  // a different as-of date: every one is a real render.
  const realTimes: number[] = [];
  const scaleTimes: number[] = [];
  let realBytes = 0;
  let scaleBytes = 0;
  for (let i = 0; i < 20; i++) {
    const day = `2026-01-${String(i + 1).padStart(2, '0')}`;
    const a = await timedGet(`${real.origin}/?asof=${day}`);
    const b = await timedGet(`${scale.origin}/?asof=${day}`);
    if (a.status !== 200 || b.status !== 200) throw new Error(`/ answered ${a.status} and ${b.status}`);
    if (i < 3) continue;
    realTimes.push(a.ms);
    scaleTimes.push(b.ms);
    realBytes = a.bytes;
    scaleBytes = b.bytes;
  }
  const toggle = interactions[0];
  if (!toggle) throw new Error('no interaction to measure');
  const atScale = await measureInteraction(browser, scale.origin, toggle, {
    repetitions: 20,
    timeoutMs: 30_000,
    maxTotalMs: 240_000,
  });
  const interactive = atScale.timeouts === 0 && atScale.viewMax <= 1000;
  const rows: Row[] = [
    {
      measure: 'server render of / (median of 17, to last byte)',
      real: ms(median(realTimes)),
      scale: ms(median(scaleTimes)),
      'scale / real': ratio(median(scaleTimes) / median(realTimes)),
      result: '',
    },
    {
      measure: 'HTML size of /',
      real: kB(realBytes),
      scale: kB(scaleBytes),
      'scale / real': ratio(scaleBytes / realBytes),
      result: '',
    },
    {
      measure: `toggle party, p75 to next paint (4× CPU, n=${atScale.samples.length})`,
      real: ms(realToggle?.paintP75 ?? Number.NaN),
      scale: ms(atScale.paintP75),
      'scale / real': ratio(atScale.paintP75 / (realToggle?.paintP75 ?? Number.NaN)),
      result: '',
    },
    {
      measure: 'toggle party, p75 to new view',
      real: ms(realToggle?.viewP75 ?? Number.NaN),
      scale: ms(atScale.viewP75),
      'scale / real': ratio(atScale.viewP75 / (realToggle?.viewP75 ?? Number.NaN)),
      result: '',
    },
    {
      measure: 'slowest click at scale (stays interactive: ≤ 1 s, no timeout)',
      real: ms(realToggle?.viewMax ?? Number.NaN),
      scale: `${ms(atScale.viewMax)}${atScale.timeouts ? `, ${atScale.timeouts} timeouts` : ''}`,
      'scale / real': '',
      result: goal(
        'every click at scale shows the new view within 1 s',
        `slowest ${ms(atScale.viewMax)}, ${atScale.timeouts} timeouts`,
        interactive,
      ),
    },
  ];
  return {
    title: `5. Scale: ${scaleShape.parties} parties × ${scaleShape.issues} issues × ${scaleShape.evidencePerCell} evidence items (${generated.positions} positions), ${generated.dailyRows} daily rows`,
    rows,
    notes: interactive
      ? []
      : ['At scale a party toggle takes more than 1 s: the app does not stay interactive.'],
    goals,
  };
}
