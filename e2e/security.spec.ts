import { request as httpRequest } from 'node:http';
import { hostileQueries } from '../scripts/bench/hostile-queries';
import { expect, test } from './fixtures';

const required = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

const closedPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

test('every kind of response carries the security headers', async ({ request }) => {
  const page = await request.get('/');
  const asset = (await page.text()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(asset).toBeDefined();
  const pages = ['/', '/territory', '/no-such-page', '/methodology', '/embed/stances'];
  const files = ['/og/stances', '/download/stances.csv', '/icon.svg', asset ?? ''];
  for (const path of [...pages, ...files]) {
    const response = await request.get(path, { failOnStatusCode: false });
    const headers = response.headers();
    for (const [name, value] of Object.entries(required))
      expect(headers[name], `${name} on ${path}`).toBe(value);
    expect(headers['strict-transport-security'], path).toMatch(/max-age=\d{7,}/);
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-powered-by'], path).toBeUndefined();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).not.toMatch(/unsafe-eval|nonce-/);
    expect(csp.match(/script-src[^;]*/)?.[0] ?? '', path).not.toContain('unsafe-inline');
    if (files.includes(path)) {
      // Nothing that is not a page runs anything.
      expect(csp, path).toBe(closedPolicy);
      continue;
    }
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("base-uri 'none'");
    expect(csp, path).toContain(`frame-ancestors ${path.startsWith('/embed/') ? '*' : "'none'"}`);
    // Pages, prerendered or rendered on demand, allow exactly the hashes of their own inline scripts.
    expect(csp, path).toMatch(/script-src 'self'(?: 'sha256-[A-Za-z0-9+/=]+')*;/);
  }
});

test('an unknown page, party or issue answers a friendly 404', async ({ page, request }) => {
  for (const path of ['/no-such-page', '/parties/atlantis', '/issues/moon-base']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).not.toMatch(/\bat \S+ \(|node_modules/);
  }
  expect((await request.get('/parties/russia')).status()).toBe(200);
  // A dynamic page that finds nothing, and a path no route matches (served prerendered): both run their scripts.
  for (const path of ['/parties/atlantis', '/no-such-page']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Methodology' }).click();
    await expect(page).toHaveURL(/\/methodology$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Methodology');
  }
});

test('2,000 hostile query strings: no 5xx, no hang, nothing reflected unescaped, redirects stay here', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(600_000);
  // Every parameter either route defines, plus one neither does, with values chosen to break things.
  const queries = hostileQueries(2000, {
    unknownKeys: ['x'],
    oddValues: [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '%00',
      '\u0000',
      '%E0%A4%A',
      '%',
      '..%2F..%2Fetc%2Fpasswd',
      '//evil.example/',
      'x'.repeat(8192),
    ],
  });
  const paths = ['/', '/territory'];
  const origin = new URL(baseURL ?? '').origin;
  const concurrency = 2;
  for (let i = 0; i < queries.length; i += concurrency) {
    await Promise.all(
      queries.slice(i, i + concurrency).map(async (query, j) => {
        const path = `${paths[(i + j) % paths.length]}?${query}`;
        // A generous limit on a hang, not a measure of speed: a request that times out fails the test.
        const response = await request.get(path, {
          maxRedirects: 0,
          failOnStatusCode: false,
          timeout: 10_000,
        });
        expect(response.status(), path.slice(0, 200)).toBeLessThan(500);
        const location = response.headers().location;
        if (location !== undefined) {
          // Only the compact spelling of the same view, on this site.
          expect(response.status(), path.slice(0, 200)).toBe(308);
          expect(new URL(location, baseURL).origin, location).toBe(origin);
          expect(location).toMatch(/^\/(?!\/)/);
        }
        const body = await response.text();
        expect(body).not.toMatch(/<script>alert|<img src=x onerror|"><img/);
      }),
    );
  }
});

test('an oversized URL gets 414 or 431, or a clamped 200, never a 5xx', async ({ request }) => {
  for (const size of [16_000, 64_000, 200_000]) {
    const response = await request.get(`/?q=${'a'.repeat(size)}`, { failOnStatusCode: false });
    expect([200, 414, 431], String(size)).toContain(response.status());
  }
});

/** A GET with the path sent exactly as written, as a client that does not normalise URLs would send it. */
function rawGet(baseURL: string, path: string): Promise<{ status: number; location: string | undefined }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    });
    req.on('error', reject);
    req.end();
  });
}

test('no open redirects', async ({ baseURL }) => {
  for (const path of [
    '//evil.example/',
    '/\\evil.example',
    '/%2F%2Fevil.example',
    '/?next=https://evil.example',
    '/territory/..//evil.example',
  ]) {
    const { status, location } = await rawGet(baseURL ?? '', path);
    // A redirect may only lead to a path on this site: "/evil.example/" is ours, "//evil.example/" would not be.
    if (location !== undefined) {
      const target = new URL(location, baseURL);
      expect(target.origin, `${path} → ${location}`).toBe(new URL(baseURL ?? '').origin);
    }
    expect(status, path).toBeLessThan(500);
  }
});
