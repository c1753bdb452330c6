import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { expect, open, test } from './fixtures';

test('a copied link opens the same comparison in a fresh browser', async ({
  page,
  browser,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await open(page, '/?parties=russia,ukraine,united-states');
  await page.getByRole('radio', { name: 'Compare parties' }).check();
  await page.getByLabel('Order issues').selectOption('divergence');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/\?mode=compare&parties=russia,ukraine,united-states&issues=[a-z,-]+&rows=issues&sort=divergence&asof=\d{4}-\d{2}-\d{2}$/,
  );

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('radio', { name: 'Compare parties' })).toBeChecked();
  await expect(other.getByLabel('Order issues')).toHaveValue('divergence');
  const table = other.getByRole('table', { name: 'Issue by issue: Russia, Ukraine, United States' });
  await expect(table).toBeVisible();
  const before = await page
    .getByRole('table', { name: /Issue by issue/ })
    .getByRole('rowheader')
    .allTextContents();
  await expect(table.getByRole('rowheader')).toHaveText(before);
  await fresh.close();
});

test('a link preview carries the view’s own title, description and a 1200×630 image', async ({ request }) => {
  const html = await (await request.get('/?mode=compare&parties=russia,ukraine,united-states')).text();
  const meta = (key: string) =>
    html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&');
  expect(meta('og:title')).toBe('Russia, Ukraine and United States compared on 12 issues');
  expect(meta('og:description')).toMatch(
    /^They agree on \d+, partly agree on \d+ and diverge on \d+ issues?;/,
  );
  expect(meta('twitter:card')).toBe('summary_large_image');
  const image = meta('og:image');
  expect(image).toMatch(/\/og\/stances\?mode=compare&parties=russia,ukraine,united-states&/);

  const png = await request.get(image ?? '');
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);

  const territory = await (await request.get('/territory?unit=sqmi')).text();
  expect(territory).toMatch(
    /<meta property="og:title" content="Territory: 270 sq mi in November 2025, per AFP analysis of ISW data"/,
  );
  const territoryImage = await request.get('/og/territory?unit=sqmi');
  expect((await territoryImage.body()).readUInt32BE(16)).toBe(1200);
});

test('an embed renders inside an iframe on another origin, and the main page refuses to', async ({
  page,
  baseURL,
  cspViolations,
}) => {
  const embed = `${baseURL}/embed/stances?parties=russia,ukraine&issues=donbas,nato-membership`;
  // Another site: a page on its own origin (its own port on loopback) that frames Parley twice.
  const embedder = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><title>Embedder</title>
      <iframe name="embed" title="Parley embed" src="${embed}" width="900" height="500"></iframe>
      <iframe name="main" title="Parley main page" src="${baseURL}/" width="900" height="500"></iframe>`);
  });
  await new Promise<void>((resolve) => embedder.listen(0, '127.0.0.1', resolve));
  const address = embedder.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  try {
    const refused = page.waitForEvent('console', (m) => /frame-ancestors 'none'/.test(m.text()));
    await page.goto(`http://localhost:${port}/`);
    const frame = page.frameLocator('iframe[name="embed"]');
    await expect(
      frame.getByRole('button', { name: /^Russia on Donbas withdrawal: Strongly supports/ }),
    ).toBeVisible();
    await expect(frame.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await refused;
    await expect(page.frameLocator('iframe[name="main"]').getByRole('heading', { level: 1 })).toHaveCount(0);
    // The refusal is this test's point, so it is the one CSP report allowed here.
    expect(cspViolations.every((m) => m.includes("frame-ancestors 'none'"))).toBe(true);
    cspViolations.splice(0);
  } finally {
    embedder.close();
  }
});

test('downloads hold exactly the rows shown, with source addresses', async ({ page }) => {
  await open(page, '/?parties=russia,ukraine&issues=donbas,nato-membership,russian-gas');
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe(
    'issue_id,issue,party_id,party,stance,stance_value,basis,date,summary,conflict,agreement,distance,sources',
  );
  expect(csv.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
    'donbas,Donbas withdrawal,russia',
    'donbas,Donbas withdrawal,ukraine',
    'nato-membership,NATO membership,russia',
    'nato-membership,NATO membership,ukraine',
    'russian-gas,Russian gas imports,russia',
    'russian-gas,Russian gas imports,ukraine',
  ]);
  expect(csv[1]).toContain('https://www.straitstimes.com/');
  expect(csv[5]).toContain('No stated position');

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download JSON' }).click(),
  ]);
  const json = JSON.parse(readFileSync((await jsonDownload.path()) ?? '', 'utf8'));
  expect(json.rows).toHaveLength(6);
  expect(json.sources.some((s: { url: string | null }) => s.url?.startsWith('https://'))).toBe(true);
});

test('the cell and the view can be cited', async ({ page }) => {
  await open(page, '/?cell=russia:donbas');
  const dialog = page.getByRole('dialog', { name: 'Russian Federation on Donbas withdrawal' });
  await dialog.getByText('Cite this cell').click();
  const citation = dialog.getByRole('textbox', { name: 'Citation' });
  await expect(citation).toHaveValue(
    /^Parley, “Russian Federation on Donbas withdrawal”\. Accessed \d+ \w+ \d{4}\. http:\/\/.*cell=russia:donbas/,
  );
  await expect(citation).toHaveValue(/Sources:\n- .*https:\/\//);
});

test('hostile query strings get a normal page with defaults and a notice', async ({ page, request }) => {
  const hostile = [
    `?parties=${'x'.repeat(8000)}`,
    '?mode=compare&mode=matrix&mode=<b>',
    '?q=%E0%A4%A&cell=%00',
    '?cell=<script>alert(1)</script>',
    '?parties=javascript:alert(1)&issues=%3Cimg%20src=x%20onerror=alert(1)%3E',
  ];
  for (const query of hostile) {
    const response = await request.get(`/${query}`);
    expect(response.status(), query).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
  }
  await page.goto('/?cell=<script>alert(1)</script>');
  await expect(page.getByRole('status', { name: 'Link problems' })).toContainText(
    'Ignored “cell” “<script>alert(1)</script>”',
  );
});
