// Interaction latency in Chromium with the CPU throttled, two figures per input:
// - to the next paint: from right before the input is dispatched to the frame after its handlers ran, which is what
//   INP counts (the control answers at once: optimistic state, a dialog opening);
// - to the new view: until the element that shows the view has changed (the server's new table, the evidence),
//   and the frame after it.
import type { Browser, Page } from '@playwright/test';

export type Target = { id: string } | { label: string } | { selector: string };
export type Action = { kind: 'click' } | { kind: 'select'; value: string };

export type Interaction = {
  name: string;
  path: string;
  /** What to do in turn, each on a control found by its id, the exact text of its label, or a selector. */
  steps: { target: Target; action: Action }[];
  /** The element that shows the new view: its text (or its appearance) marks the view as updated. */
  watch: string;
  /** Before measuring, scroll these into view (charts draw when seen) and wait for `waitFor`. */
  prepare?: { scrollThrough: string; waitFor: string };
  /** After each step, go back to the page's first URL (e.g. closing an opened cell). */
  resetTo?: string;
};

export type Sample = { paintMs: number; viewMs: number };

export type InteractionResult = {
  name: string;
  samples: Sample[];
  timeouts: number;
  paintP75: number;
  viewP75: number;
  viewMax: number;
};

// Kept as a string: functions handed to page.evaluate are serialised with toString, and tsx's transform may add
// helpers to them that do not exist in the page.
const measureInPage = `async ({ target, action, watch, timeoutMs }) => {
  const control = 'id' in target
    ? document.getElementById(target.id)
    : 'selector' in target
      ? document.querySelector(target.selector)
      : [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === target.label)?.control;
  if (!control) throw new Error('no control for ' + JSON.stringify(target));
  const text = () => document.querySelector(watch)?.textContent ?? null;
  const before = text();
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  }));
  return await new Promise((resolve) => {
    let done = false;
    let paintMs = null;
    const t0 = performance.now();
    const observer = new MutationObserver(() => check());
    const timer = setTimeout(() => finish(null), timeoutMs);
    function finish(value) {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    }
    function check() {
      if (done || text() === before) return;
      nextFrame().then((at) => {
        const viewMs = at - t0;
        const wait = () => paintMs === null ? setTimeout(wait, 5) : finish({ paintMs, viewMs });
        wait();
      });
      observer.disconnect();
    }
    observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true });
    if (action.kind === 'click') control.click();
    else {
      control.value = action.value;
      control.dispatchEvent(new Event('change', { bubbles: true }));
    }
    nextFrame().then((at) => { paintMs = at - t0; });
    check();
  });
}`;

// Waits until the DOM has been still for quietMs (bounded), so a navigation's follow-up work does not spill into
// the next measurement.
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
 * throttled by `cpuSlowdown`. A step whose view does not change within timeoutMs counts as a timeout.
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
    maxTotalMs?: number;
  } = {},
): Promise<InteractionResult> {
  const { repetitions = 20, cpuSlowdown = 4, timeoutMs = 10_000, warmup = 2, maxTotalMs = 180_000 } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    const start = new URL(interaction.path, origin).toString();
    await openHydrated(page, start);
    if (interaction.prepare) {
      for (const element of await page.locator(interaction.prepare.scrollThrough).all()) {
        await element.scrollIntoViewIfNeeded();
      }
      // (A locator, not waitForFunction: the page's CSP forbids the eval that a string predicate needs.)
      await page.locator(interaction.prepare.waitFor).first().waitFor({ state: 'attached', timeout: 30_000 });
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
        `(${measureInPage})(${JSON.stringify({ ...step, watch: interaction.watch, timeoutMs })})`,
      )) as Sample | null;
      if (i >= warmup) {
        if (sample) samples.push(sample);
        else timeouts++;
      }
      await page.evaluate(`(${quietInPage})({ quietMs: 150, maxMs: ${timeoutMs} })`);
      if (interaction.resetTo) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await openHydrated(page, new URL(interaction.resetTo, origin).toString());
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      }
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const views = samples.map((s) => s.viewMs);
    return {
      name: interaction.name,
      samples,
      timeouts,
      paintP75: percentile(
        samples.map((s) => s.paintMs),
        75,
      ),
      viewP75: percentile(views, 75),
      viewMax: views.length ? Math.max(...views) : Number.NaN,
    };
  } finally {
    await context.close();
  }
}

/** The interactions of the benchmark: the ones a reader does most, on the dashboard and the territory page. */
export const interactions: Interaction[] = [
  {
    name: 'toggle a party (Belgium) on /',
    path: '/',
    steps: [{ target: { label: 'Belgium' }, action: { kind: 'click' } }],
    watch: '#stance-matrix caption',
  },
  {
    name: 'sort issues on /',
    path: '/',
    steps: [
      { target: { id: 'issue-sort' }, action: { kind: 'select', value: 'divergence' } },
      { target: { id: 'issue-sort' }, action: { kind: 'select', value: 'data' } },
    ],
    watch: '#stance-matrix tbody',
  },
  {
    name: 'density compact ↔ detailed on /',
    path: '/',
    steps: [
      { target: { label: 'Detailed' }, action: { kind: 'click' } },
      { target: { label: 'Compact' }, action: { kind: 'click' } },
    ],
    watch: '#stance-matrix tbody',
  },
  {
    name: 'open a cell on /',
    path: '/',
    steps: [{ target: { selector: '#stance-matrix tbody a' }, action: { kind: 'click' } }],
    watch: '#evidence-title',
    resetTo: '/',
  },
  {
    name: 'units km² ↔ sq mi on /territory',
    path: '/territory',
    steps: [
      { target: { label: 'sq mi' }, action: { kind: 'click' } },
      { target: { label: 'km²' }, action: { kind: 'click' } },
    ],
    // A reader switching units is looking at the charts, which draw once scrolled into view.
    watch: 'main figure',
    prepare: { scrollThrough: 'main figure', waitFor: 'main figure .recharts-surface' },
  },
];
