// `npm run screenshots -- [baseURL]`: desktop and 390 px, light and dark, of the main views, into screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
// Paths are separated by spaces, since a query may hold commas.
const pages = (process.argv[3] ?? '/ /territory /methodology').split(' ').filter(Boolean);

const browser = await chromium.launch(chromiumLaunchOptions());
mkdirSync('screenshots', { recursive: true });
for (const path of pages) {
  for (const [label, width] of [
    ['desktop', 1280],
    ['mobile', 390],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(base + path);
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${label}-${scheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${name}${overflow > 0 ? `  (overflows by ${overflow}px)` : ''}`);
      await page.close();
    }
  }
}
await browser.close();
