import { floorPath, jsBudgets, measureFirstLoadJs } from '../scripts/bench/js-weight';
import { compileHint } from '../scripts/build/compile-hint';
import { expect, test } from './fixtures';

// The JS budget, checked on every run: each main view's first-load JS (gzip, as Chromium fetches it) stays within
// a multiple of the same build's 404 page, which is the framework's floor. `npm run bench` prints the same figures.
test('each main view ships no more first-load JS than its budget allows', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const floor = await measureFirstLoadJs(page, floorPath, baseURL);
  expect(floor.gzipBytes, 'the 404 page loads some framework JS').toBeGreaterThan(10_000);
  for (const budget of jsBudgets) {
    const weight = await measureFirstLoadJs(page, budget.path, baseURL);
    const ratio = weight.gzipBytes / floor.gzipBytes;
    const largest = weight.files
      .slice(0, 5)
      .map((f) => `${f.url} ${(f.gzipBytes / 1024).toFixed(1)} kB`)
      .join(', ');
    expect
      .soft(
        ratio,
        `${budget.name}: ${(weight.gzipBytes / 1024).toFixed(1)} kB gzip is ${ratio.toFixed(2)}× the 404 page's ` +
          `${(floor.gzipBytes / 1024).toFixed(1)} kB (budget ${budget.maxRatio}×); largest: ${largest}`,
      )
      .toBeLessThanOrEqual(budget.maxRatio);
  }
});

// The build marks every script it emits for compilation as it streams (scripts/build/hint-chunks.ts), which takes
// compiling the framework off the main thread as the page starts.
test('every script a view loads asks to be compiled as it streams', async ({ page }) => {
  const scripts: Promise<{ url: string; head: string }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || !response.url().includes('/_next/static/')) return;
    scripts.push(
      response.text().then((text) => ({ url: response.url(), head: text.slice(0, compileHint.length) })),
    );
  });
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(scripts);
  expect(loaded.length, 'the dashboard loads the framework from /_next/static').toBeGreaterThan(3);
  expect(loaded.filter((s) => s.head !== compileHint).map((s) => s.url)).toEqual([]);
});
