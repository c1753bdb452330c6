import { expect, open, test } from './fixtures';

const sharedView = '/?mode=compare&parties=russia,ukraine,united-states';
const cacheable = /^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/;

test('a view fetched again with its ETag gets 304 and no body', async ({ request }) => {
  const first = await request.get(sharedView);
  expect(first.status()).toBe(200);
  expect(first.headers()['cache-control']).toMatch(cacheable);
  const etag = first.headers().etag ?? '';
  expect(etag).toMatch(/^"[^"]+"$/);
  const again = await request.get(sharedView, { headers: { 'if-none-match': etag } });
  expect(again.status()).toBe(304);
  expect(again.headers().etag).toBe(etag);
  expect((await again.body()).length).toBe(0);
  const other = await request.get(sharedView, { headers: { 'if-none-match': '"not-this-one"' } });
  expect(other.status()).toBe(200);
  expect(await other.text()).toBe(await first.text());
});

test('two spellings of one view end at one URL and one ETag', async ({ request }) => {
  const compact = '/?mode=compare&parties=russia,ukraine';
  const spellings = [
    '/?parties=russia,ukraine&mode=compare',
    '/?mode=compare&parties=russia&parties=ukraine',
    '/?mode=compare&parties=russia,ukraine&rows=issues&sort=data',
  ];
  for (const spelling of spellings) {
    const redirect = await request.get(spelling, { maxRedirects: 0 });
    expect(redirect.status(), spelling).toBe(308);
    expect(redirect.headers().location, spelling).toBe(compact);
    expect(redirect.headers()['cache-control'], spelling).toMatch(cacheable);
  }
  const etags = new Set<string | undefined>();
  for (const url of [compact, ...spellings]) {
    const response = await request.get(url);
    expect(response.url(), url).toMatch(/\/\?mode=compare&parties=russia,ukraine$/);
    etags.add(response.headers().etag);
  }
  expect([...etags]).toHaveLength(1);
});

test('a view with ignored values is shown with its notices, never redirected', async ({ page, request }) => {
  const path = '/?parties=russia,atlantis&mode=compare';
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status()).toBe(200);
  await page.goto(path);
  await expect(page).toHaveURL(/parties=russia,atlantis&mode=compare$/);
  await expect(page.getByRole('status', { name: 'Link problems' })).toContainText('atlantis');
});

test('preview images and downloads are cacheable like the views they show', async ({ request }) => {
  for (const path of [
    '/og/stances?mode=compare&parties=russia,ukraine',
    '/download/stances.csv?mode=compare',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toMatch(cacheable);
    const again = await request.get(path, { headers: { 'if-none-match': response.headers().etag ?? '' } });
    expect(again.status(), path).toBe(304);
  }
});

test('errors are never kept', async ({ request }) => {
  const response = await request.get('/parties/atlantis', { failOnStatusCode: false });
  expect(response.status()).toBe(404);
  expect(response.headers()['cache-control']).toBe('no-store');
  expect(response.headers().etag).toBeUndefined();
});

test('an RSC request of a view, as a click makes it, is cacheable too', async ({ page, request }) => {
  await open(page, '/territory');
  const rscResponse = page.waitForResponse(
    async (r) =>
      r.url().includes('_rsc=') && (await r.request().allHeaders()).rsc === '1' && r.status() === 200,
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Methodology' }).click();
  await expect(page).toHaveURL(/\/methodology$/);
  const response = await rscResponse;
  expect(response.headers()['content-type']).toMatch(/text\/x-component/);
  expect(response.headers()['cache-control']).toMatch(cacheable);
  const etag = response.headers().etag;
  expect(etag).toMatch(/^"[^"]+"$/);
  // The same request again, headers and all: the same answer, and a 304 once the ETag is known.
  const headers = await response.request().allHeaders();
  const again = await request.get(response.url(), { headers });
  expect(again.headers()['content-type']).toMatch(/text\/x-component/);
  expect(again.headers().etag).toBe(etag);
  expect(again.headers()['x-parley-cache']).toBe('hit');
  const revalidated = await request.get(response.url(), {
    headers: { ...headers, 'if-none-match': etag ?? '' },
  });
  expect(revalidated.status()).toBe(304);
});

// Prerendered pages, pages rendered on demand, an embed and a 404: each runs its scripts under a policy without
// nonces or unsafe-* for scripts, and the fixture fails the test on any CSP violation in the console.
for (const path of [
  '/methodology',
  '/sources',
  '/',
  sharedView,
  '/territory',
  '/embed/stances',
  '/parties/russia',
]) {
  test(`${path} runs under its hash-based policy with no CSP violation`, async ({ page }) => {
    const response = await page.goto(path);
    const csp = response?.headers()['content-security-policy'] ?? '';
    const scriptSrc = csp.match(/script-src [^;]*/)?.[0] ?? '';
    expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
    expect(csp).not.toMatch(/nonce|unsafe-eval/);
    // Next.js's runtime ran: its inline bootstrap scripts were allowed by their hashes.
    await page.waitForFunction(() => 'next' in window);
    await page.waitForLoadState('networkidle');
  });
}

test('a page that does not exist runs under its policy too', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
  await page.waitForFunction(() => 'next' in window);
});
