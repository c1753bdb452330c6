// Section 1: first-load JS of each main view, as a ratio to the 404 page (the framework's floor).
import type { Browser } from '@playwright/test';
import { measureAllViews } from './js-weight';
import { goalList, kB, type Row, ratio, type SectionReport } from './report';

export async function jsWeightSection(browser: Browser, origin: string): Promise<SectionReport> {
  const { goals, goal } = goalList();
  const page = await browser.newPage();
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
        result: floorOk ? '' : goal('404 page loads the framework', '0 scripts', false),
      },
      ...views.map((view) => ({
        view: view.name,
        scripts: String(view.scripts),
        'JS gzip': kB(view.gzipBytes),
        ratio: ratio(view.ratio),
        goal: `≤ ${view.maxRatio}×`,
        result: goal(
          `${view.name} ≤ ${view.maxRatio}× the 404 page`,
          ratio(view.ratio),
          floorOk && view.ratio <= view.maxRatio,
        ),
      })),
    ];
    const notes = [
      ...(floorOk
        ? []
        : ['The 404 page fetched no script at all (blocked by its CSP?), so no ratio is meaningful.']),
      ...views
        .filter((v) => v.scripts === 0)
        .map((v) => `${v.name} fetched no script: check its Content-Security-Policy (scripts blocked?).`),
    ];
    return {
      title: '1. First-load JS (gzip level 9, every script fetched up to load + network idle)',
      rows,
      notes,
      goals,
    };
  } finally {
    await page.close();
  }
}
