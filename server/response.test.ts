import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { prepare } from './response.mjs';
import type { UpstreamResponse } from './upstream.mjs';

const page = (body: string): UpstreamResponse => ({
  status: 404,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: Buffer.from(body),
});
const how = { pathname: '/', cacheControl: 'public, max-age=60', etag: '"e"' };

describe('prepare', () => {
  it('compresses an answer the cache keeps at once, and counts its compressed bytes', () => {
    const kept = prepare(page('x'.repeat(5000)), { ...how, cacheable: true });
    expect(kept.gzip && gunzipSync(kept.gzip).toString()).toBe('x'.repeat(5000));
    expect(kept.bytes).toBeGreaterThan(5000 + (kept.gzip?.length ?? 0));
    expect(kept.headers).toContainEqual(['Vary', 'Accept-Encoding']);
  });

  it('leaves an answer sent once uncompressed until a reader takes gzip, yet says it varies by encoding', () => {
    const once = prepare(page('y'.repeat(5000)), { ...how, cacheable: false });
    expect(once.gzip).toBeUndefined();
    expect(once.compressible).toBe(true);
    expect(once.headers).toContainEqual(['Vary', 'Accept-Encoding']);
  });

  it('never compresses a short answer', () => {
    const short = prepare(page('z'), { ...how, cacheable: false });
    expect(short.compressible).toBe(false);
    expect(short.headers.find(([name]) => name === 'Vary')).toBeUndefined();
  });
});
