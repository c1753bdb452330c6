// Twenty views a reader might share: comparisons of two parties, and territory views, built from the data's own
// ids. Each is spelled as the app spells it (compact), so that none is a redirect; the check verifies that each
// answers 200.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toQueryString } from '../../lib/view/params';

export function sharedViews(dataDir: string): string[] {
  const parties: { id: string }[] = JSON.parse(readFileSync(join(dataDir, 'parties.json'), 'utf8'));
  const ids = parties.map((p) => p.id).slice(0, 6);
  const views: string[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++)
      views.push(
        `/${toQueryString(new URLSearchParams({ mode: 'compare', parties: `${ids[i]},${ids[j]}` }))}`,
      );
  const figures: { series: { id: string }[] } = JSON.parse(
    readFileSync(join(dataDir, 'territory', 'monthly-figures.json'), 'utf8'),
  );
  const twoSeries = figures.series
    .slice(0, 2)
    .map((s) => s.id)
    .join(',');
  const territory: Record<string, string>[] = [
    {},
    { unit: 'sqmi' },
    { display: 'table' },
    { unit: 'sqmi', display: 'table' },
    { series: twoSeries },
  ];
  const territoryViews = territory.map((query) => `/territory${toQueryString(new URLSearchParams(query))}`);
  return [...views, ...territoryViews].slice(0, 20);
}
