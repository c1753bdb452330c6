// `npm run bench`: builds once, starts the production server, and prints ratios measured side by side in one
// run (machines are noisy; compare ratios within a run, not absolute figures across machines). Exits 1 when a
// goal is missed. Options: --no-build (reuse .next), --skip=lighthouse,scale,... (sections to leave out; a
// skipped section counts as missed), --port=N (first of two loopback ports; default 3310).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { type InteractionResult, interactions, measureInteraction, median } from './interactions';
import { chromiumLaunchOptions, measureAllViews } from './js-weight';
import { type LighthouseResult, lighthouseMedian, type Preset } from './lighthouse';
import { kB, machine, mark, ms, type Row, ratio, table } from './report';
import { generateScaleData, scaleShape } from './scale-data';
import { build, type Server, startServer, timedGet } from './server';
import { type SectionReport, throughputSection } from './throughput';

const args = process.argv.slice(2);
const skip = new Set(
  args
    .filter((a) => a.startsWith('--skip='))
    .flatMap((a) => a.slice('--skip='.length).split(','))
    .filter(Boolean),
);
const basePort = Number(args.find((a) => a.startsWith('--port='))?.slice('--port='.length) ?? 3310);
if (!Number.isInteger(basePort) || basePort < 1024 || basePort > 65_000)
  throw new Error('--port must be a port');

type Goal = { section: string; goal: string; measured: string; ok: boolean };
const goals: Goal[] = [];
const markdown: string[] = [];

function section(title: string, rows: Row[], notes: string[] = []): void {
  const { text, markdown: md } = table(rows);
  console.log(`\n## ${title}\n\n${text}`);
  for (const note of notes) console.log(`  ${note}`);
  markdown.push(`### ${title}\n\n${md}\n${notes.map((n) => `\n${n}`).join('')}`);
}

/** Prints a section that lives in a file of its own, and records its goals. */
function report(sectionName: string, result: SectionReport): void {
  for (const g of result.goals) goal(sectionName, g.goal, g.measured, g.ok);
  section(result.title, result.rows, result.notes);
}

function goal(sectionName: string, text: string, measured: string, ok: boolean): string {
  goals.push({ section: sectionName, goal: text, measured, ok });
  return mark(ok);
}

const realDataDir = join(process.cwd(), 'data');
let scaleDir: string | undefined;
const servers: Server[] = [];
let browser: Browser | undefined;

async function jsWeightSection(origin: string): Promise<void> {
  const page = await (browser as Browser).newPage();
  try {
    const { floor, views } = await measureAllViews(page, origin);
    const floorOk = floor.gzipBytes > 0;
    const rows: Row[] = [
      {
        view: '404 page (floor)',
        scripts: String(floor.scripts),
        'JS gzip': kB(floor.gzipBytes),
        ratio: '1.00×',
        goal: '',
        result: floorOk ? '' : goal('1. first-load JS', '404 page loads the framework', '0 scripts', false),
      },
    ];
    for (const view of views) {
      const ok = floorOk && view.ratio <= view.maxRatio;
      rows.push({
        view: view.name,
        scripts: String(view.scripts),
        'JS gzip': kB(view.gzipBytes),
        ratio: ratio(view.ratio),
        goal: `≤ ${view.maxRatio}×`,
        result: goal(
          '1. first-load JS',
          `${view.name} ≤ ${view.maxRatio}× the 404 page`,
          ratio(view.ratio),
          ok,
        ),
      });
    }
    const notes = [
      ...(floorOk
        ? []
        : ['The 404 page fetched no script at all (blocked by its CSP?), so no ratio is meaningful.']),
      ...views
        .filter((v) => v.scripts === 0)
        .map((v) => `${v.name} fetched no script: check its Content-Security-Policy (scripts blocked?).`),
      `Largest chunks on /territory: ${
        views
          .find((v) => v.path === '/territory')
          ?.files.slice(0, 3)
          .map((f) => `${f.url} ${kB(f.gzipBytes)}`)
          .join(', ') ?? 'n/a'
      }`,
    ];
    section('1. First-load JS (gzip level 9, every script fetched up to load + network idle)', rows, notes);
  } finally {
    await page.close();
  }
}

async function interactionSection(origin: string): Promise<InteractionResult | undefined> {
  const rows: Row[] = [];
  let toggle: InteractionResult | undefined;
  for (const interaction of interactions) {
    const result = await measureInteraction(browser as Browser, origin, interaction, { repetitions: 20 });
    if (interaction === interactions[0]) toggle = result;
    const ok = result.timeouts === 0 && result.frameP75 <= 100;
    rows.push({
      interaction: result.name,
      n: String(result.samples.length),
      'p75 to DOM': ms(result.domP75),
      'p75 to next frame': ms(result.frameP75),
      max: ms(result.frameMax),
      timeouts: String(result.timeouts),
      'ratio to 100 ms': ratio(result.frameP75 / 100),
      result: goal('3. interaction', `${result.name}: p75 ≤ 100 ms (4× CPU)`, ms(result.frameP75), ok),
    });
  }
  section('3. Interaction latency (Chromium, 4× CPU throttling, ~20 repetitions)', rows, [
    'From the click (timestamp in the page right before dispatch) to the DOM showing the new state, and to the',
    'frame after it (requestAnimationFrame, then a task): the goal is judged on the latter, which is what INP counts.',
  ]);
  return toggle;
}

async function lighthouseSection(origin: string): Promise<void> {
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const path of ['/', '/territory']) {
    for (const preset of ['mobile', 'desktop'] as Preset[]) {
      const result: LighthouseResult = await lighthouseMedian(origin, path, preset, 3);
      const name = `${path} ${preset}`;
      if (!result.ok) {
        notes.push(`${name}: Lighthouse could not run: ${result.reason}`);
        rows.push({
          page: name,
          performance: 'n/a',
          accessibility: 'n/a',
          'best-practices': 'n/a',
          SEO: 'n/a',
          CLS: 'n/a',
          TBT: 'n/a',
          LCP: 'n/a',
          result: goal('4. Lighthouse', `${name}: Lighthouse runs`, 'could not run', false),
        });
        continue;
      }
      const m = result.median;
      const perfGoal = preset === 'mobile' ? 95 : 100;
      const ok =
        m.performance >= perfGoal &&
        m.cls === 0 &&
        m.accessibility === 100 &&
        m.bestPractices === 100 &&
        m.seo === 100;
      const measured = `perf ${m.performance}, a11y ${m.accessibility}, bp ${m.bestPractices}, SEO ${m.seo}, CLS ${m.cls.toFixed(3)}`;
      rows.push({
        page: name,
        performance: `${m.performance} (goal ${perfGoal})`,
        accessibility: String(m.accessibility),
        'best-practices': String(m.bestPractices),
        SEO: String(m.seo),
        CLS: m.cls.toFixed(3),
        TBT: ms(m.tbtMs),
        LCP: ms(m.lcpMs),
        result: goal('4. Lighthouse', `${name}: perf ≥ ${perfGoal}, CLS 0, a11y/bp/SEO 100`, measured, ok),
      });
      for (const failing of m.failing) notes.push(`${name}: below full marks: ${failing}`);
    }
  }
  section('4. Lighthouse 12.2.3 (median of 3 runs each)', rows, [...new Set(notes)]);
}

async function scaleSection(real: Server, realToggle: InteractionResult | undefined): Promise<void> {
  if (scaleDir) rmSync(scaleDir, { recursive: true, force: true });
  scaleDir = mkdtempSync(join(tmpdir(), 'parley-scale-'));
  const generated = generateScaleData(realDataDir, scaleDir);
  const check = spawnSync('npx', ['tsx', 'scripts/data-check.ts', scaleDir], { encoding: 'utf8' });
  if (check.status !== 0) {
    throw new Error(`the scale dataset does not pass data:check:\n${check.stdout}\n${check.stderr}`);
  }
  console.log(`\n› scale dataset: ${check.stdout.trim().split('\n')[0]}`);
  const scale = await startServer(basePort + 1, { dataDir: scaleDir });
  servers.push(scale);
  try {
    await scaleMeasurements(real, scale, realToggle, generated);
  } finally {
    await scale.stop();
  }
}

async function scaleMeasurements(
  real: Server,
  scale: Server,
  realToggle: InteractionResult | undefined,
  generated: { positions: number; dailyRows: number },
): Promise<void> {
  // Server render time of /, to the last byte: warm-up, then 20 sequential requests to each, alternating.
  const realTimes: number[] = [];
  const scaleTimes: number[] = [];
  let scaleBytes = 0;
  let realBytes = 0;
  for (let i = 0; i < 3; i++) {
    await timedGet(`${real.origin}/`);
    await timedGet(`${scale.origin}/`);
  }
  for (let i = 0; i < 20; i++) {
    const a = await timedGet(`${real.origin}/`);
    const b = await timedGet(`${scale.origin}/`);
    if (a.status !== 200 || b.status !== 200) throw new Error(`/ answered ${a.status} and ${b.status}`);
    realTimes.push(a.ms);
    scaleTimes.push(b.ms);
    realBytes = a.bytes;
    scaleBytes = b.bytes;
  }
  const renderRatio = median(scaleTimes) / median(realTimes);

  const toggleAtScale = await measureInteraction(
    browser as Browser,
    scale.origin,
    interactions[0] as (typeof interactions)[0],
    {
      repetitions: 20,
      timeoutMs: 30_000,
      maxTotalMs: 240_000,
    },
  );
  const interactive = toggleAtScale.timeouts === 0 && toggleAtScale.frameMax <= 1000;
  const rows: Row[] = [
    {
      measure: 'server render of / (median of 20, to last byte)',
      real: ms(median(realTimes)),
      scale: ms(median(scaleTimes)),
      'scale / real': ratio(renderRatio),
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
      measure: `toggle party, p75 to next frame (4× CPU, n=${toggleAtScale.samples.length})`,
      real: ms(realToggle?.frameP75 ?? Number.NaN),
      scale: ms(toggleAtScale.frameP75),
      'scale / real': ratio(toggleAtScale.frameP75 / (realToggle?.frameP75 ?? Number.NaN)),
      result: '',
    },
    {
      measure: 'toggle party, p75 to DOM',
      real: ms(realToggle?.domP75 ?? Number.NaN),
      scale: ms(toggleAtScale.domP75),
      'scale / real': ratio(toggleAtScale.domP75 / (realToggle?.domP75 ?? Number.NaN)),
      result: '',
    },
    {
      measure: 'slowest click at scale (stays interactive: ≤ 1 s, no timeout)',
      real: ms(realToggle?.frameMax ?? Number.NaN),
      scale: `${ms(toggleAtScale.frameMax)}${toggleAtScale.timeouts ? `, ${toggleAtScale.timeouts} timeouts` : ''}`,
      'scale / real': '',
      result: goal(
        '5. scale',
        'every click at scale updates within 1 s',
        `slowest ${ms(toggleAtScale.frameMax)}, ${toggleAtScale.timeouts} timeouts`,
        interactive,
      ),
    },
  ];
  section(
    `5. Scale: ${scaleShape.parties} parties × ${scaleShape.issues} issues × ${scaleShape.evidencePerCell} evidence items (${generated.positions} positions), ${generated.dailyRows} daily rows`,
    rows,
    interactive ? [] : ['At scale a party toggle takes more than 1 s: the app does not stay interactive.'],
  );
}

async function main(): Promise<void> {
  console.log(`# Parley benchmark\n\n${machine()}\ncommand: npm run bench ${args.join(' ')}`.trim());
  if (!args.includes('--no-build')) build();
  let real = await startServer(basePort);
  servers.push(real);
  browser = await chromium.launch(chromiumLaunchOptions());

  // A server that ends on its own is a crash and a miss. One ended by SIGTERM or SIGKILL was stopped from outside
  // (e.g. a broad `pkill next-server` in another session): it is started again and the section measured again.
  const ensureServer = async (name: string) => {
    const ended = real.exited();
    if (!ended) return;
    const crashed = ended.signal === null && ended.code !== 143 && ended.code !== 137;
    console.error(
      `\n! the server (pid ${real.pid}) ended before "${name}" (code ${ended.code}, signal ${ended.signal}` +
        `${crashed ? ', a crash' : ', stopped from outside'}); its last output:\n${real.log().slice(-2000)}` +
        '\n! starting it again',
    );
    if (crashed) goal(name, 'the server stays up', `crashed (code ${ended.code})`, false);
    real = await startServer(basePort);
    servers.push(real);
  };

  const run = async <T,>(name: string, key: string, f: () => Promise<T>): Promise<T | undefined> => {
    if (skip.has(key)) {
      goal(name, `${name} (skipped with --skip=${key})`, 'skipped', false);
      console.log(`\n## ${name}: skipped`);
      return undefined;
    }
    for (let attempt = 1; ; attempt++) {
      await ensureServer(name);
      const goalCount = goals.length;
      const markdownCount = markdown.length;
      const unexpectedBefore = servers.filter((server) => server.endedUnexpectedly()).length;
      let result: T | undefined;
      let failure: unknown;
      try {
        result = await f();
      } catch (error) {
        failure = error;
      }
      const endedDuring = servers.filter((server) => server.endedUnexpectedly()).length > unexpectedBefore;
      if (endedDuring && attempt < 2) {
        console.error(`\n! a server ended during "${name}"; measuring the section again`);
        goals.length = goalCount;
        markdown.length = markdownCount;
        continue;
      }
      if (failure !== undefined) {
        const message = failure instanceof Error ? failure.message : String(failure);
        console.error(`\n## ${name}: failed: ${message}`);
        goal(name, `${name} runs`, `failed: ${message.slice(0, 200)}`, false);
        return undefined;
      }
      return result;
    }
  };

  await run('1. first-load JS', 'js', () => jsWeightSection(real.origin));
  await run('2. throughput', 'throughput', async () =>
    report('2. throughput', await throughputSection(real)),
  );
  const toggle = await run('3. interaction', 'interaction', () => interactionSection(real.origin));
  // Lighthouse starts its own Chromium; the bench's stays closed meanwhile, so the two do not compete.
  await browser.close();
  await run('4. Lighthouse', 'lighthouse', () => lighthouseSection(real.origin));
  browser = await chromium.launch(chromiumLaunchOptions());
  await run('5. scale', 'scale', () => scaleSection(real, toggle));

  const missed = goals.filter((g) => !g.ok);
  const summary = table(
    goals.map((g) => ({ section: g.section, goal: g.goal, measured: g.measured, result: mark(g.ok) })),
  );
  console.log(`\n## Goals: ${goals.length - missed.length} met, ${missed.length} missed\n\n${summary.text}`);
  console.log(`\n## Markdown\n\n${markdown.join('\n\n')}\n\n### Goals\n\n${summary.markdown}\n`);
  process.exitCode = missed.length > 0 ? 1 : 0;
}

try {
  await main();
} catch (error) {
  console.error(error);
  process.exitCode = 2;
} finally {
  await browser?.close().catch(() => {});
  for (const server of servers) await server.stop();
  if (scaleDir) rmSync(scaleDir, { recursive: true, force: true });
}
