import { floorPath, jsBudgets, measureFirstLoadJs } from '../scripts/bench/js-weight';
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
