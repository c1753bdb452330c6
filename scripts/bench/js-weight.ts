import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/**
 * The typical shared link: a comparison of three parties on four issues, as of a date. Spelled compactly (no
 * default written out), as the server redirects other spellings to this one and a load test counts a 308 as a miss.
 */
export const sharedUrl =
  '/?mode=compare&parties=russia,ukraine,united-states&issues=donbas,nato-membership,frozen-assets,coercive-leverage&sort=divergence&asof=2025-12-28';

/** The framework's floor: the same build's 404 page. */
export const floorPath = '/no-such-page';

/** Each main view and its budget, as a multiple of the 404 page's first-load JS. */
export const jsBudgets: readonly { name: string; path: string; maxRatio: number }[] = [
  { name: '/', path: '/', maxRatio: 1.3 },
  { name: '/territory (charts)', path: '/territory', maxRatio: 1.6 },
  { name: '/methodology', path: '/methodology', maxRatio: 1.3 },
  { name: '/sources', path: '/sources', maxRatio: 1.3 },
  { name: 'shared URL', path: sharedUrl, maxRatio: 1.3 },
];

export type JsWeight = {
  path: string;
  /** Number of distinct script responses. */
  scripts: number;
  rawBytes: number;
  gzipBytes: number;
  files: { url: string; rawBytes: number; gzipBytes: number }[];
};

/**
 * Loads `path` in `page` (relative paths resolve against the context's baseURL, or `origin` when given) and
 * returns the gzip size of every script it fetched up to the load event and network idle.
 */
export async function measureFirstLoadJs(page: Page, path: string, origin?: string): Promise<JsWeight> {
  const pending: Promise<{ url: string; body: Buffer } | null>[] = [];
  const seen = new Set<string>();
  const onResponse = (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    const url = response.url();
    if (seen.has(url)) return;
    seen.add(url);
    pending.push(
      response.body().then(
        (body) => ({ url, body }),
        () => null,
      ),
    );
  };
  // A cold cache for every load, as a first visit: otherwise a second page in the same context reuses scripts.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  page.on('response', onResponse);
  try {
    const target = origin ? new URL(path, origin).toString() : path;
    await page.goto(target, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('response', onResponse);
    await cdp.detach().catch(() => {});
  }
  const bodies = (await Promise.all(pending)).filter((b): b is { url: string; body: Buffer } => b !== null);
  const files = bodies
    .map(({ url, body }) => ({
      url: new URL(url).pathname,
      rawBytes: body.length,
      gzipBytes: gzipSync(body, { level: 9 }).length,
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    path,
    scripts: files.length,
    rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
    gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
    files,
  };
}

/** Measures the floor and every budgeted view, one after another in the same page, with its cache off. */
export async function measureAllViews(
  page: Page,
  origin?: string,
): Promise<{ floor: JsWeight; views: (JsWeight & { name: string; ratio: number; maxRatio: number })[] }> {
  const floor = await measureFirstLoadJs(page, floorPath, origin);
  const views = [];
  for (const budget of jsBudgets) {
    const weight = await measureFirstLoadJs(page, budget.path, origin);
    views.push({
      ...weight,
      name: budget.name,
      maxRatio: budget.maxRatio,
      ratio: weight.gzipBytes / floor.gzipBytes,
    });
  }
  return { floor, views };
}
