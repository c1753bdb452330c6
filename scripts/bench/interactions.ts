// Interaction latency in Chromium with the CPU throttled: from the moment right before the input is dispatched
// (taken in the page) to the DOM showing the new state, and to the frame after it (close to what INP counts).
import type { Browser, Page } from '@playwright/test';

export type Target = { id: string } | { label: string };
export type Action = { kind: 'click' } | { kind: 'select'; value: string };

export type Interaction = {
  name: string;
  path: string;
  /** What to do in turn, each on a control found by its id or by the exact text of its label; one step is one
   * measurement. */
  steps: { target: Target; action: Action }[];
  /** An element whose text changes when the view has updated. */
  watch: string;
  /** Before measuring, scroll each element matching `scrollThrough` into view (charts render only when seen),
   * then wait until `waitFor` matches `count` elements. */
  prepare?: { scrollThrough: string; waitFor: string; count: number };
};

export type Sample = { domMs: number; frameMs: number };

export type InteractionResult = {
  name: string;
  samples: Sample[];
  timeouts: number;
  domP75: number;
  frameP75: number;
  domMax: number;
  frameMax: number;
};

// Kept as a string: functions handed to page.evaluate are serialised with toString, and tsx's transform may add
// helpers to them that do not exist in the page.
const measureInPage = `async ({ target, action, watch, timeoutMs }) => {
  const control = 'id' in target
    ? document.getElementById(target.id)
    : [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === target.label)?.control;
  if (!control) throw new Error('no control for ' + JSON.stringify(target));
  const watched = () => document.querySelector(watch);
  if (!watched()) throw new Error('nothing matches ' + watch);
  const before = watched().textContent;
  return await new Promise((resolve) => {
    let done = false;
    let t0 = 0;
    const observer = new MutationObserver(() => check());
    const timer = setTimeout(() => {
      done = true;
      observer.disconnect();
      resolve(null);
    }, timeoutMs);
    function check() {
      if (done) return;
      const now = watched();
      if (!now || now.textContent === before) return;
      done = true;
      const domAt = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ domMs: domAt - t0, frameMs: performance.now() - t0 });
        channel.port2.postMessage(null);
      });
    }
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    t0 = performance.now();
    if (action.kind === 'click') control.click();
    else {
      control.value = action.value;
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }
    check();
  });
}`;

// Waits until the DOM has been still for quietMs (bounded), so that Next's follow-up render of the new URL does
// not spill into the next measurement.
const quietInPage = `async ({ quietMs, maxMs }) => {
  await new Promise((resolve) => {
    let last = performance.now();
    const started = last;
    const observer = new MutationObserver(() => { last = performance.now(); });
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    const tick = () => {
      const now = performance.now();
      if (now - last >= quietMs || now - started >= maxMs) { observer.disconnect(); resolve(null); }
      else setTimeout(tick, 25);
    };
    setTimeout(tick, 25);
  });
}`;

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(Math.max(rank, 0), sorted.length - 1)] ?? Number.NaN;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Opens the page and waits for hydration: the app marks <html data-hydrated="true"> once controls answer. */
export async function openHydrated(page: Page, url: string, timeoutMs = 120_000): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached', timeout: timeoutMs });
}

/**
 * Measures one interaction `repetitions` times (cycling through its steps) in a fresh page with the CPU
 * throttled by `cpuSlowdown`. A step that does not update the DOM within timeoutMs counts as a timeout.
 */
export async function measureInteraction(
  browser: Browser,
  origin: string,
  interaction: Interaction,
  options: {
    repetitions?: number;
    cpuSlowdown?: number;
    timeoutMs?: number;
    warmup?: number;
    /** Stops repeating after this long (the samples so far are kept), so a slow app cannot stall the bench. */
    maxTotalMs?: number;
  } = {},
): Promise<InteractionResult> {
  const { repetitions = 20, cpuSlowdown = 4, timeoutMs = 10_000, warmup = 2, maxTotalMs = 180_000 } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await openHydrated(page, new URL(interaction.path, origin).toString());
    if (interaction.prepare) {
      const { scrollThrough, waitFor, count } = interaction.prepare;
      for (const element of await page.locator(scrollThrough).all()) await element.scrollIntoViewIfNeeded();
      // (A locator, not waitForFunction: the page's CSP forbids the eval that a string predicate needs.)
      await page
        .locator(waitFor)
        .nth(count - 1)
        .waitFor({ state: 'attached', timeout: 30_000 });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const samples: Sample[] = [];
    let timeouts = 0;
    const started = Date.now();
    for (let i = 0; i < warmup + repetitions && Date.now() - started < maxTotalMs; i++) {
      const step = interaction.steps[i % interaction.steps.length];
      if (!step) throw new Error(`${interaction.name} has no steps`);
      const sample = (await page.evaluate(
        `(${measureInPage})(${JSON.stringify({
          ...step,
          watch: interaction.watch,
          timeoutMs,
        })})`,
      )) as Sample | null;
      if (i >= warmup) {
        if (sample) samples.push(sample);
        else timeouts++;
      }
      await page.evaluate(`(${quietInPage})({ quietMs: 150, maxMs: ${timeoutMs} })`);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const frames = samples.map((s) => s.frameMs);
    return {
      name: interaction.name,
      samples,
      timeouts,
      domP75: percentile(
        samples.map((s) => s.domMs),
        75,
      ),
      frameP75: percentile(frames, 75),
      domMax: samples.length ? Math.max(...samples.map((s) => s.domMs)) : Number.NaN,
      frameMax: frames.length ? Math.max(...frames) : Number.NaN,
    };
  } finally {
    await context.close();
  }
}

/** The three interactions of the benchmark. */
export const interactions: Interaction[] = [
  {
    name: 'toggle party (Belgium) on /',
    path: '/',
    steps: [{ target: { label: 'Belgium' }, action: { kind: 'click' } }],
    watch: 'table caption',
  },
  {
    name: 'sort issues on /',
    path: '/',
    steps: [
      { target: { id: 'issue-sort' }, action: { kind: 'select', value: 'divergence' } },
      { target: { id: 'issue-sort' }, action: { kind: 'select', value: 'data' } },
    ],
    watch: 'table tbody',
  },
  {
    name: 'units km² ↔ sq mi on /territory',
    path: '/territory',
    steps: [
      { target: { label: 'sq mi' }, action: { kind: 'click' } },
      { target: { label: 'km²' }, action: { kind: 'click' } },
    ],
    watch: 'main',
    // The charts render once scrolled into view; a reader switching units is looking at them.
    prepare: { scrollThrough: 'main figure', waitFor: 'main figure .recharts-wrapper', count: 2 },
  },
];
