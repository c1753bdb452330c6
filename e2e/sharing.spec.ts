import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { expect, open, test } from './fixtures';

test('a copied link opens the same comparison, with the open cell, in a fresh browser', async ({
  page,
  browser,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await open(page, '/?mode=compare&parties=russia,ukraine,united-states');
  await page.getByLabel('Order issues').selectOption('divergence');
  await expect(page).toHaveURL(/sort=divergence/);
  await page
    .getByRole('table', { name: /^Issue by issue/ })
    .getByRole('link', { name: /^Russia on NATO membership/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Russian Federation on NATO membership' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Copy link to this cell' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/\?mode=compare&parties=russia,ukraine,united-states&sort=divergence&asof=\d{4}-\d{2}-\d{2}&cell=russia:nato-membership$/,
  );

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByRole('dialog', { name: 'Russian Federation on NATO membership' })).toBeVisible();
  await expect(other.getByRole('radio', { name: 'Compare', includeHidden: true })).toBeChecked();
  await expect(other.getByLabel('Order issues')).toHaveValue('divergence');
  await fresh.close();
});

test('a link preview carries the view’s own title, description and a 1200×630 image', async ({ request }) => {
  const html = await (await request.get('/?mode=compare&parties=russia,ukraine,united-states')).text();
  const meta = (key: string) =>
    html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1]?.replace(/&amp;/g, '&');
  expect(meta('og:title')).toMatch(
    /^Russia, Ukraine and United States compared on \d+ issues, as of \d+ \w+ \d{4}$/,
  );
  expect(meta('og:description')).toMatch(
    /^They agree on \d+, partly agree on \d+ and diverge on \d+ issues?;/,
  );
  expect(meta('twitter:card')).toBe('summary_large_image');
  const image = meta('og:image');
  expect(image).toMatch(
    /\/og\/stances\?mode=compare&parties=russia,ukraine,united-states&asof=\d{4}-\d{2}-\d{2}$/,
  );

  const png = await request.get(image ?? '');
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('every page with a large preview card names an image that answers at once, not by redirect; others use the plain card', async ({
  request,
}) => {
  const pages = [
    '/',
    '/territory',
    '/territory?month=2026-02&unit=sqmi',
    '/parties/belgium',
    '/issues/donbas',
  ];
  for (const path of [...pages, '/methodology', '/sources']) {
    const html = await (await request.get(path)).text();
    const meta = (key: string) =>
      html
        .match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1]
        ?.replace(/&amp;/g, '&');
    const image = meta('og:image');
    if (!pages.includes(path)) {
      expect([path, meta('twitter:card'), image]).toEqual([path, 'summary', undefined]);
      continue;
    }
    expect([path, meta('twitter:card')]).toEqual([path, 'summary_large_image']);
    const answer = await request.get(image ?? '', { maxRedirects: 0 });
    expect([path, image, answer.status(), answer.headers()['content-type']]).toEqual([
      path,
      image,
      200,
      'image/png',
    ]);
    const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1]?.replace(/&amp;/g, '&');
    expect([path, (await request.get(canonical ?? '', { maxRedirects: 0 })).status()]).toEqual([path, 200]);
  }
});

test('an embed renders inside an iframe on another origin, and the main page refuses to', async ({
  page,
  baseURL,
  cspViolations,
}) => {
  const embed = `${baseURL}/embed/stances?parties=russia,ukraine&issues=donbas,nato-membership&asof=2025-12-31`;
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
      frame.getByRole('link', { name: /^Russia on Donbas withdrawal: .*Strongly supports/ }),
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

test('an embed of a view with an open cell shows that stance above the table, and links to its evidence', async ({
  page,
  axe,
}) => {
  await page.goto('/embed/stances?parties=russia,ukraine&issues=donbas&asof=2025-12-31&cell=russia:donbas');
  const cell = page.getByRole('region', { name: 'Russian Federation on Donbas withdrawal' });
  await expect(cell).toContainText('Strongly supports');
  await expect(cell.getByRole('link', { name: 'The evidence on Parley' })).toHaveAttribute(
    'href',
    /^\/\?.*cell=russia:donbas/,
  );
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await axe();
});

test('downloads hold exactly the rows shown, with source addresses', async ({ page }) => {
  await open(page, '/?parties=russia,ukraine&issues=donbas,nato-membership,russian-gas&asof=2025-12-31');
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download CSV' }).click(),
  ]);
  const csv = readFileSync((await csvDownload.path()) ?? '', 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe(
    'issue_id,issue,party_id,party,stance,stance_value,basis,date,summary,rationale,rule,conflict,note,agreement,statements,sources',
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
  // The words behind each stance, as a citation writes them: whose, when, and the words.
  expect(csv[1]).toContain('Vladimir Putin, President of Russia, 4 December 2025: “Either we liberate');
  expect(csv[5]).toContain('No statement in our sources');

  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download JSON' }).click(),
  ]);
  const json = JSON.parse(readFileSync((await jsonDownload.path()) ?? '', 'utf8'));
  expect(json.rows).toHaveLength(6);
  expect(json.ignored).toEqual([]);
  expect(json.rows[0].statements[0]).toMatch(
    /^Vladimir Putin, President of Russia, 4 December 2025: “Either we liberate/,
  );
  const ignoring = await (await page.request.get('/download/stances.json?parties=xyz')).json();
  expect(ignoring.ignored).toContainEqual(expect.stringMatching(/xyz/));
  expect(json.sources.some((s: { url: string | null }) => s.url?.startsWith('https://'))).toBe(true);
});

test('a cell is cited with speaker, quote, date, source and link, as text, BibTeX and RIS', async ({
  page,
}) => {
  await open(page, '/?cell=russia:donbas');
  const dialog = page.getByRole('dialog', { name: 'Russian Federation on Donbas withdrawal' });
  await dialog.getByText('Cite this cell').click();
  const blocks = dialog.locator('pre');
  // The stance in force rests on a reporter's paraphrase of Lavrov: cited as the outlet's words, not in quotes.
  await expect(blocks.nth(0)).toHaveText(
    /^Sergey Lavrov, .+, \d+ \w+ \d{4}, in .+’s paraphrase: [^“”]+\n.+, “.+”, .+\nVia Parley, “Russia on Donbas withdrawal: .+”, http:\/\/.+cell=russia:donbas \(accessed \d+ \w+ \d{4}\)\.$/,
  );
  await expect(blocks.nth(1)).toHaveText(
    /^@misc\{\w+,\n {2}author = \{\{.+\}\},\n {2}title = \{Paraphrase of Sergey Lavrov: [\s\S]+urldate = \{\d{4}-\d{2}-\d{2}\}\n\}$/,
  );
  await expect(blocks.nth(2)).toHaveText(/^TY {2}- ELEC\n[\s\S]+\nER {2}-$/);
});

test('“Cite this view” is three lines, with its sources behind a toggle', async ({ page }) => {
  await open(page, '/?mode=compare&parties=russia,ukraine');
  const share = page.getByRole('region', { name: 'Share this view' });
  await share.getByText('Cite this view').click();
  const citation = share.locator('pre').first();
  await expect(citation).toHaveText(
    /^Parley, “Russia and Ukraine compared on \d+ issues, as of .+”\.\nhttp:\/\/\S+asof=\S+\nAccessed .+\. Based on \d+ sources, listed with the view\.$/,
  );
  const sources = share.getByText(/^Its \d+ sources$/);
  await expect(share.getByRole('list')).toBeHidden();
  await sources.click();
  await expect(share.getByRole('listitem').first()).toBeVisible();
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
