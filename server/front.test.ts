import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createFrontHandler, pathnameOf } from './front.mjs';
import { defaultLifetimes } from './http-cache.mjs';
import { ByteLru } from './lru.mjs';
import type { Prepared } from './response.mjs';
import type { UpstreamResponse } from './upstream.mjs';

type Upstream = (req: IncomingMessage, headers: Record<string, unknown>) => UpstreamResponse;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/**
 * The front handler on a loopback port, in front of a fake Next.js that counts its renders. With `holdUntil`,
 * every render waits until that many requests have reached the server, so they are surely concurrent.
 */
async function front(upstream: Upstream, { holdUntil = 0 } = {}) {
  const seen: { url: string; headers: Record<string, unknown> }[] = [];
  const cache = new ByteLru<Prepared>(1024 * 1024);
  let arrived = 0;
  let release = () => {};
  const allArrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  const handle = createFrontHandler({
    forward: async (req, headers) => {
      seen.push({ url: req.url ?? '', headers });
      if (holdUntil > 0) await allArrived;
      return upstream(req, headers);
    },
    secret: 's'.repeat(43),
    buildId: 'build',
    dataVersion: 'data',
    lifetimes: defaultLifetimes,
    cache,
    log: () => {},
  });
  const server = createServer((req, res) => {
    arrived += 1;
    if (arrived === holdUntil) release();
    void handle(req, res);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, seen, cache };
}

const html = (body: string, headers: Record<string, string | string[]> = {}): UpstreamResponse => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8', vary: 'rsc, Accept-Encoding', ...headers },
  body: Buffer.from(`<html><script>go()</script>${body}</html>`),
});

/** A GET as a raw client sees it: the body as sent (still encoded), and the headers. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ encoding: string | undefined; cache: unknown; body: Buffer }>((resolve) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          encoding: res.headers['content-encoding'],
          cache: res.headers['x-parley-cache'],
          body: Buffer.concat(chunks),
        }),
      );
    });
  });
}

describe('the front handler', () => {
  it('renders a view once, then answers from memory with the same bytes and headers', async () => {
    const { origin, seen } = await front(() => html('view'));
    const first = await fetch(`${origin}/?mode=compare`);
    const second = await fetch(`${origin}/?mode=compare`);
    expect(await first.text()).toBe(await second.text());
    expect([first.headers.get('x-parley-cache'), second.headers.get('x-parley-cache')]).toEqual([
      'miss',
      'hit',
    ]);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('cache-control')).toBe(
      'public, max-age=60, s-maxage=300, stale-while-revalidate=60',
    );
    expect(seen).toHaveLength(1);
  });

  it('shares one render among concurrent requests for one view', async () => {
    const { origin, seen } = await front(() => html('view'), { holdUntil: 10 });
    const answers = await Promise.all(Array.from({ length: 10 }, () => fetch(`${origin}/territory`)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(seen).toHaveLength(1);
  });

  it('answers 304 to a matching If-None-Match without rendering', async () => {
    const { origin, seen } = await front(() => html('view'));
    const etag = (await fetch(`${origin}/`)).headers.get('etag') ?? '';
    const again = await fetch(`${origin}/`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(seen).toHaveLength(1);
  });

  it('sends no policy with a 304, so the page a cache holds keeps its own', async () => {
    const { origin } = await front(() => html('view'));
    const first = await fetch(`${origin}/`);
    const again = await fetch(`${origin}/`, {
      headers: { 'if-none-match': first.headers.get('etag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(first.headers.get('content-security-policy')).toMatch(/script-src/);
    expect(again.headers.get('content-security-policy')).toBeNull();
  });

  it('sets the CSP from the body, and the security headers, on every answer', async () => {
    const { origin } = await front(() => html('view'));
    const answer = await fetch(`${origin}/`);
    expect(answer.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-[^']+';/);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  });

  it('never keeps errors or answers that set cookies', async () => {
    const { origin, seen, cache } = await front((req) =>
      req.url === '/missing'
        ? { status: 404, headers: { 'content-type': 'text/html' }, body: Buffer.from('<p>not found</p>') }
        : html('with cookie', { 'set-cookie': ['a=1'] }),
    );
    for (const path of ['/missing', '/missing', '/cookie', '/cookie']) {
      const answer = await fetch(`${origin}${path}`);
      expect(answer.headers.get('cache-control'), path).toBe('no-store');
      expect(answer.headers.get('etag'), path).toBeNull();
    }
    expect(seen).toHaveLength(4);
    expect(cache.size).toBe(0);
  });

  it('keys RSC requests by their router headers', async () => {
    const { origin, seen } = await front((_req, headers) =>
      headers.rsc
        ? { status: 200, headers: { 'content-type': 'text/x-component' }, body: Buffer.from('0:{}') }
        : html(''),
    );
    const page = await fetch(`${origin}/?_rsc=1`);
    const rsc = await fetch(`${origin}/?_rsc=1`, { headers: { rsc: '1' } });
    const rscAgain = await fetch(`${origin}/?_rsc=1`, { headers: { rsc: '1' } });
    expect(page.headers.get('content-type')).toMatch(/html/);
    expect(await rsc.text()).toBe('0:{}');
    expect(rscAgain.headers.get('x-parley-cache')).toBe('hit');
    expect(rsc.headers.get('etag')).not.toBe(page.headers.get('etag'));
    expect(seen).toHaveLength(2);
  });

  it('passes the secret and a fixed user agent on, and no conditional or encoding headers', async () => {
    const { origin, seen } = await front(() => html(''));
    await fetch(`${origin}/`, {
      headers: {
        'x-parley-front': 'forged',
        'user-agent': 'Twitterbot/1.0',
        'if-modified-since': 'Tue, 01 Jan 2030 00:00:00 GMT',
        range: 'bytes=0-1',
      },
    });
    const headers = seen[0]?.headers ?? {};
    expect(headers['x-parley-front']).toBe('s'.repeat(43));
    expect(headers['user-agent']).toBe('parley-front');
    expect(headers['if-modified-since']).toBeUndefined();
    expect(headers.range).toBeUndefined();
    expect(headers['accept-encoding']).toBeUndefined();
  });

  it('compresses text for readers that take gzip, from the one stored body', async () => {
    const { origin } = await front(() => html('x'.repeat(5000)));
    const plain = await fetch(`${origin}/`, { headers: { 'accept-encoding': 'identity' } });
    const raw = await rawGet(`${origin}/`, { 'accept-encoding': 'gzip' });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toBe(await plain.text());
  });

  it('compresses an answer it does not keep (a set-cookie) for a reader that takes gzip', async () => {
    const { origin } = await front(() => html('x'.repeat(5000), { 'set-cookie': 'a=1' }));
    const raw = await rawGet(`${origin}/`, { 'accept-encoding': 'gzip' });
    expect(raw.cache).toBe('pass');
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toContain('x'.repeat(5000));
  });

  it('answers 502, never kept, when Next.js fails', async () => {
    const { origin } = await front(() => {
      throw new Error('down');
    });
    const answer = await fetch(`${origin}/`);
    expect(answer.status).toBe(502);
    expect(answer.headers.get('cache-control')).toBe('no-store');
  });

  it('serves HEAD from the same entry as GET, without a body', async () => {
    const { origin, seen } = await front(() => html('view'));
    const head = await fetch(`${origin}/`, { method: 'HEAD' });
    const get = await fetch(`${origin}/`);
    expect(head.headers.get('content-length')).toBe(String((await get.text()).length));
    expect(get.headers.get('x-parley-cache')).toBe('hit');
    expect(seen).toHaveLength(1);
  });
});

describe('pathnameOf', () => {
  it('resolves dot segments, so /embed/../ is not an embed', () => {
    expect(pathnameOf('/embed/../?x=1')).toBe('/');
    expect(pathnameOf('/embed/%2e%2e/')).toBe('/');
    expect(pathnameOf('/embed/stances?mode=compare')).toBe('/embed/stances');
    expect(pathnameOf('//evil.example/')).toBe('//evil.example/');
  });
});

describe('the front handler with repeated headers', () => {
  it('passes each value of a repeated header on, as its own line', async () => {
    const { origin } = await front(() => html('x', { 'set-cookie': ['a=1', 'b=2'] }));
    const answer = await fetch(`${origin}/`);
    expect(answer.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });
});

describe('the front handler with an encoded answer', () => {
  it('passes a body Next.js encoded anyway on as it is, with its encoding', async () => {
    const body = Buffer.from('already encoded');
    const { origin } = await front(() => ({
      status: 200,
      headers: { 'content-type': 'application/json', 'content-encoding': 'br' },
      body,
    }));
    const { encoding, body: sent } = await rawGet(`${origin}/`, { 'accept-encoding': 'gzip, br' });
    expect({ encoding, body: sent }).toEqual({ encoding: 'br', body });
  });
});

describe('the front handler and the headers Next.js sets itself', () => {
  it('sends each security header once, even when Next.js sent it too', async () => {
    const { origin } = await front(() =>
      html('x', {
        'x-content-type-options': 'nosniff',
        'strict-transport-security': 'max-age=1',
        'content-security-policy': "script-src 'nonce-x'",
      }),
    );
    const raw = await new Promise<string[]>((resolve) => {
      get(`${origin}/`, (res) => {
        res.resume();
        resolve(res.rawHeaders.filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase()));
      });
    });
    for (const name of ['x-content-type-options', 'strict-transport-security', 'content-security-policy'])
      expect(
        raw.filter((n) => n === name),
        name,
      ).toHaveLength(1);
    expect(new Set(raw).size).toBe(raw.length);
  });
});

describe('the front handler and RSC payloads', () => {
  it('sends the same bytes for one navigation from two processes, whatever id Next.js drew', async () => {
    const rsc = (id: string) => (): UpstreamResponse => ({
      status: 200,
      headers: { 'content-type': 'text/x-component' },
      body: Buffer.from(`0:["$","$L10","${id}v",{}],["$","$L13","${id}m",{}]\n`),
    });
    const one = await front(rsc('Owl7p2VAQEtyUnr95snR-'));
    const two = await front(rsc('XQzBH-MhiE_f6ewMmlBdt'));
    const headers = { rsc: '1' };
    const [a, b] = await Promise.all([
      fetch(`${one.origin}/?_rsc=x`, { headers }).then((r) => r.text()),
      fetch(`${two.origin}/?_rsc=x`, { headers }).then((r) => r.text()),
    ]);
    expect(a).toBe(b);
  });
});
