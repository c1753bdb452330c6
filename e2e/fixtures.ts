import { readFileSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';

// Playwright loads this file as CommonJS, so require.resolve finds the installed axe-core.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; help: string; nodes: { target: string[] }[] };

/** Runs axe-core in the page and fails with a readable list of every WCAG 2.2 AA violation. */
async function expectNoAxeViolations(page: Page, javaScriptEnabled: boolean) {
  if (javaScriptEnabled) return runAxe(page);
  // axe waits on timers, which never fire in a page whose script is disabled. So it checks a copy of the page as
  // rendered without JavaScript (its <noscript> content shown, its scripts removed), served at the same address.
  const rendered = (await page.content())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<\/?noscript>/gi, '');
  // The test's options apply to every page it opens, so the copy asks for script itself.
  const copy = await page.context().browser()?.newPage({ javaScriptEnabled: true });
  if (!copy) throw new Error('axe needs the browser that holds the page');
  try {
    await copy.route(page.url(), (route) => route.fulfill({ contentType: 'text/html', body: rendered }));
    await copy.goto(page.url());
    await runAxe(copy);
  } finally {
    await copy.close();
  }
}

async function runAxe(page: Page) {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: the page's policy stays as served.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations;
  });
  const readable = (violations as AxeViolation[]).map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(readable, 'axe-core violations').toEqual([]);
}

type Fixtures = {
  /** Uncaught errors in the page, such as a hydration mismatch; any one fails the test. */
  pageErrors: string[];
  /** Checks the current page with axe-core. */
  axe: () => Promise<void>;
  /** Console messages that report a Content-Security-Policy violation. */
  cspViolations: string[];
};

export const test = base.extend<Fixtures>({
  axe: async ({ page, javaScriptEnabled }, use) => {
    await use(() => expectNoAxeViolations(page, javaScriptEnabled !== false));
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const messages: string[] = [];
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) messages.push(message.text());
      });
      await use(messages);
      expect(messages, 'CSP violations in the console').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens a page and waits until its controls are hydrated, as a reader would before clicking. */
export async function open(page: Page, path: string) {
  const response = await page.goto(path);
  await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
  return response;
}

export { expect };
