import { describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  cacheKey,
  defaultLifetimes,
  etagFor,
  isCacheableMethod,
  isCacheableResponse,
  lifetimesFromEnv,
  matchesIfNoneMatch,
} from './http-cache.mjs';

describe('cacheability', () => {
  it('keeps successes and redirects of GET and HEAD', () => {
    for (const status of [200, 301, 307, 308])
      expect(isCacheableResponse(status, {}), String(status)).toBe(true);
    expect(isCacheableMethod('GET')).toBe(true);
    expect(isCacheableMethod('HEAD')).toBe(true);
    expect(isCacheableMethod('POST')).toBe(false);
  });

  it('never keeps errors, so hostile URLs cannot fill the cache with 404s', () => {
    for (const status of [400, 404, 414, 431, 500, 502, 503])
      expect(isCacheableResponse(status, {}), String(status)).toBe(false);
  });

  it('never keeps an answer that sets a cookie', () => {
    expect(isCacheableResponse(200, { 'set-cookie': ['a=1'] })).toBe(false);
  });
});

describe('Cache-Control', () => {
  it('gives views public lifetimes for browsers and for shared caches', () => {
    expect(cacheControlFor('/', defaultLifetimes)).toBe(
      'public, max-age=60, s-maxage=300, stale-while-revalidate=60',
    );
  });

  it('keeps build files, named by their content, for a year', () => {
    expect(cacheControlFor('/_next/static/chunks/a.js', defaultLifetimes)).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('takes shorter lifetimes from the environment, and refuses nonsense', () => {
    expect(
      lifetimesFromEnv({
        PARLEY_CACHE_MAX_AGE: '2',
        PARLEY_CACHE_S_MAXAGE: '3',
        PARLEY_CACHE_STALE_WHILE_REVALIDATE: '0',
      }),
    ).toEqual({ maxAge: 2, sMaxAge: 3, staleWhileRevalidate: 0 });
    expect(lifetimesFromEnv({})).toEqual(defaultLifetimes);
    expect(() => lifetimesFromEnv({ PARLEY_CACHE_MAX_AGE: '-1' })).toThrow(/PARLEY_CACHE_MAX_AGE/);
    expect(() => lifetimesFromEnv({ PARLEY_CACHE_S_MAXAGE: 'soon' })).toThrow(/PARLEY_CACHE_S_MAXAGE/);
  });
});

describe('cacheKey and etagFor', () => {
  const page = cacheKey('v1', '/?mode=compare', {});

  it('tells an RSC request from the page by the router headers', () => {
    const rsc = cacheKey('v1', '/?mode=compare', { rsc: '1' });
    const prefetch = cacheKey('v1', '/?mode=compare', { rsc: '1', 'next-router-prefetch': '1' });
    expect(new Set([page, rsc, prefetch]).size).toBe(3);
  });

  it('ignores headers answers do not depend on', () => {
    expect(
      cacheKey('v1', '/?mode=compare', { 'user-agent': 'x', cookie: 'a=1', 'accept-encoding': 'gzip' }),
    ).toBe(page);
  });

  it('changes the ETag with the build, the data and the request', () => {
    const tags = [
      etagFor('build-1', page),
      etagFor('build-2', page),
      etagFor('build-1', cacheKey('v2', '/?mode=compare', {})),
      etagFor('build-1', cacheKey('v1', '/?mode=matrix', {})),
    ];
    expect(new Set(tags).size).toBe(4);
    expect(etagFor('build-1', page)).toBe(tags[0]);
    expect(tags[0]).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
  });
});

describe('matchesIfNoneMatch', () => {
  const etag = '"abc"';

  it('matches the tag itself, in a list, or weakly', () => {
    expect(matchesIfNoneMatch('"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', etag)).toBe(true);
  });

  it('never takes * as a match, since the tag is known before the answer exists', () => {
    expect(matchesIfNoneMatch('*', etag)).toBe(false);
  });

  it('does not match another tag, or no header', () => {
    expect(matchesIfNoneMatch('"abd"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
    expect(matchesIfNoneMatch('', etag)).toBe(false);
  });
});
