import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from './fixtures';

test('the feed of changes parses as Atom, newest first, each entry linking to its cell as of its date', async ({
  request,
}) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toContain('application/atom+xml');
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe('atom');
  expect(feed.title).toMatch(/^Parley: changes of stance in /);
  expect(feed.items.length).toBeGreaterThan(20);
  const dates = feed.items.map((item) => item.updated?.getTime() ?? 0);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  for (const item of feed.items) {
    expect(item.title).toMatch(/: (first stance|now .+ \(was .+\)|reports conflict)/);
    expect(item.url).toMatch(/\/\?(.+&)?asof=\d{4}-\d{2}-\d{2}&cell=[a-z0-9-]+:[a-z0-9-]+$/);
  }
});

test('the feed filters by party and issue through its URL, and every page links to it', async ({
  page,
  request,
}) => {
  const feed = parseFeed(await (await request.get('/feed.xml?parties=russia&issues=donbas')).text());
  expect(feed.items.length).toBeGreaterThan(0);
  for (const item of feed.items) expect(item.title).toMatch(/^Russia on Donbas withdrawal: /);

  for (const path of ['/', '/territory', '/methodology', '/sources']) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
      'href',
      /\/feed\.xml/,
    );
  }
  await page.goto('/?parties=russia&issues=donbas');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/feed\.xml\?parties=russia&issues=donbas$/,
  );
});

test('an entry’s link opens the cell as it stood on the entry’s date', async ({ page, request }) => {
  const feed = parseFeed(await (await request.get('/feed.xml?parties=united-states&issues=donbas')).text());
  const entry = feed.items.at(-1);
  if (!entry?.url) throw new Error('the feed should have an entry');
  await page.goto(entry.url);
  await expect(page.getByRole('dialog', { name: /on Donbas withdrawal$/ })).toBeVisible();
});
