import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, open, test } from './fixtures';

// A second negotiation, made up and labelled as such, served from e2e/fixtures/fictional-case with no code change.

const pages = [
  '/',
  '/?mode=compare',
  '/?mode=changes',
  '/?cell=northland:river-quota',
  '/territory',
  '/territory?display=table',
  '/methodology',
  '/sources',
  '/parties/northland',
  '/issues/river-quota',
  '/embed/stances',
  '/embed/territory',
];

for (const path of pages) {
  test(`${path} renders the fictional case, says it is fictional, and passes axe`, async ({ page, axe }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('note')).toContainText('A fictional case');
    await expect(page.getByText(/Russia|Ukraine|Donbas/)).toHaveCount(0);
    await axe();
  });
}

test('the dashboard shows the fictional parties and issues, and opens a cell’s evidence', async ({
  page,
}) => {
  await open(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Lakeside water talks (a fictional case), issue by issue',
  );
  const matrix = page.getByRole('table', { name: /^Stances of 2 parties on 3 issues/ });
  await matrix.getByRole('link', { name: /^Northland on Shared river quota: / }).click();
  const dialog = page.getByRole('dialog', {
    name: 'The Republic of Northland (fictional) on Shared river quota',
  });
  await expect(dialog).toContainText('Northland will never accept an even split of the river.');
  await expect(page.getByRole('link', { name: 'Both shores' })).toBeVisible();
});

test('the sources page lists the sources of the data the server runs on', async ({ page }) => {
  await page.goto('/sources');
  await expect(page.getByRole('row', { name: /Ministers meet on the river quota/ })).toContainText(
    'The Lakeside Gazette (fictional)',
  );
});

test('previews, downloads and the feed come from the fictional data', async ({ request }) => {
  for (const image of ['/og/stances?mode=compare', '/og/territory']) {
    const png = await request.get(image);
    expect(png.headers()['content-type'], image).toBe('image/png');
    const bytes = await png.body();
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
  const csv = await (await request.get('/download/stances.csv')).text();
  expect(csv).toContain('Northland');
  const json = await (await request.get('/download/stances.json')).json();
  expect(json.rows).toHaveLength(6);
  const feed = parseFeed(await (await request.get('/feed.xml')).text());
  expect(feed.items.map((i) => i.title)).toContain(
    'Northland on Shared river quota: first stance, Strongly opposes',
  );
});
