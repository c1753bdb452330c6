// `npm run bench`: builds once, starts the production server, and prints ratios measured side by side in one
// run (machines are noisy; compare ratios within a run, not absolute figures across machines). Exits 1 when a
// goal is missed. Options: --no-build (reuse .next), --skip=lighthouse,scale,... (sections to leave out; a
// skipped section counts as missed), --port=N (first of two loopback ports; default 3310).
import { type Browser, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';
import { interactionSection } from './interaction-section';
import type { InteractionResult } from './interactions';
import { jsWeightSection } from './js-weight-section';
import { lighthouseSection } from './lighthouse-section';
import { machine, mark, type SectionReport, table } from './report';
import { scaleSection } from './scale-section';
import { build, type Server, startServer } from './server';
import { throughputSection } from './throughput';

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

/** Prints a section that lives in a file of its own, and records its goals. */
function report(sectionName: string, { title, rows, notes, goals: sectionGoals }: SectionReport): void {
  for (const g of sectionGoals) goal(sectionName, g.goal, g.measured, g.ok);
  const { text, markdown: md } = table(rows);
  console.log(`\n## ${title}\n\n${text}`);
  for (const note of notes) console.log(`  ${note}`);
  markdown.push(`### ${title}\n\n${md}\n${notes.map((n) => `\n${n}`).join('')}`);
}

function goal(sectionName: string, text: string, measured: string, ok: boolean): void {
  goals.push({ section: sectionName, goal: text, measured, ok });
}

const servers: Server[] = [];
let browser: Browser | undefined;

async function main(): Promise<void> {
  console.log(`# Parley benchmark\n\n${machine()}\ncommand: npm run bench ${args.join(' ')}`.trim());
  if (!args.includes('--no-build')) build();
  let real = await startServer(basePort);
  servers.push(real);
  browser = await chromium.launch(chromiumLaunchOptions());

  // A server that ends on its own is a crash and a miss. One ended by SIGTERM or SIGKILL was stopped from outside
  // (another process on a shared machine): it is started again and the section measured again.
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

  /** Measures one section and reports it, once: a section measured again after a server ended is reported once. */
  const run = async <R extends SectionReport>(
    name: string,
    key: string,
    f: () => Promise<R>,
  ): Promise<R | undefined> => {
    if (skip.has(key)) {
      goal(name, `${name} (skipped with --skip=${key})`, 'skipped', false);
      console.log(`\n## ${name}: skipped`);
      return undefined;
    }
    for (let attempt = 1; ; attempt++) {
      await ensureServer(name);
      const goalCount = goals.length;
      const unexpectedBefore = servers.filter((server) => server.endedUnexpectedly()).length;
      let result: R | undefined;
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
        continue;
      }
      if (failure !== undefined) {
        const message = failure instanceof Error ? failure.message : String(failure);
        console.error(`\n## ${name}: failed: ${message}`);
        goal(name, `${name} runs`, `failed: ${message.slice(0, 200)}`, false);
        return undefined;
      }
      if (result) report(name, result);
      return result;
    }
  };

  const open = () => browser as Browser;
  await run('1. first-load JS', 'js', () => jsWeightSection(open(), real.origin));
  await run('2. throughput', 'throughput', () => throughputSection(real));
  const interaction = await run('3. interaction', 'interaction', () =>
    interactionSection(open(), real.origin),
  );
  const toggle: InteractionResult | undefined = interaction?.results[0];
  // Lighthouse starts its own Chromium; the bench's stays closed meanwhile, so the two do not compete.
  await browser.close();
  await run('4. Lighthouse', 'lighthouse', () => lighthouseSection(real.origin));
  browser = await chromium.launch(chromiumLaunchOptions());
  await run('5. scale', 'scale', () => scaleSection(open(), real, basePort + 1, toggle));

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
}
