// @ts-check
import { createHash } from 'node:crypto';

/**
 * How long a cacheable answer may be reused, in seconds. A view is a function of its URL, the build and the data,
 * and the data only changes with a deploy (which restarts the app), so these bound how late a reader learns of a
 * deploy, nothing else:
 * - max-age 60: a reader's own browser reuses a page for a minute, then revalidates; that costs a 304 with no
 *   render, since the ETag is known from the request alone.
 * - s-maxage 300: a shared cache (nginx, a CDN) asks the app at most once per view per five minutes, so a viral
 *   link costs the app one render per five minutes per cache node, and a deploy shows everywhere within five.
 * - stale-while-revalidate 60: in the minute after that, the cache answers at once with its copy while it fetches
 *   the new one, so no reader waits for a render because an entry expired.
 * A check that needs to see a deploy sooner sets PARLEY_CACHE_MAX_AGE, PARLEY_CACHE_S_MAXAGE and
 * PARLEY_CACHE_STALE_WHILE_REVALIDATE.
 */
export const defaultLifetimes = { maxAge: 60, sMaxAge: 300, staleWhileRevalidate: 60 };

/** @typedef {{ maxAge: number, sMaxAge: number, staleWhileRevalidate: number }} Lifetimes */

/**
 * @param {Record<string, string | undefined>} env
 * @returns {Lifetimes}
 */
export function lifetimesFromEnv(env) {
  /** @param {string} name @param {number} fallback */
  const seconds = (name, fallback) => {
    const text = env[name];
    if (text === undefined || text === '') return fallback;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of seconds`);
    return value;
  };
  return {
    maxAge: seconds('PARLEY_CACHE_MAX_AGE', defaultLifetimes.maxAge),
    sMaxAge: seconds('PARLEY_CACHE_S_MAXAGE', defaultLifetimes.sMaxAge),
    staleWhileRevalidate: seconds(
      'PARLEY_CACHE_STALE_WHILE_REVALIDATE',
      defaultLifetimes.staleWhileRevalidate,
    ),
  };
}

/** Build output under /_next/static is named by its content: it never changes under one name. */
const immutable = 'public, max-age=31536000, immutable';

/** What is never kept: errors, and anything that sets a cookie (it would hand one reader's cookie to the next). */
export const notStored = 'no-store';

/**
 * @param {string} pathname
 * @param {Lifetimes} lifetimes
 */
export function cacheControlFor(pathname, { maxAge, sMaxAge, staleWhileRevalidate }) {
  if (pathname.startsWith('/_next/static/')) return immutable;
  return `public, max-age=${maxAge}, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
}

/** @param {string | undefined} method */
export function isCacheableMethod(method) {
  return method === 'GET' || method === 'HEAD';
}

// Successes and redirects. Every other status (404 for a hostile path, 5xx) is answered but never kept, so that
// junk cannot push shared views out of the cache, and a passing failure is not served again.
const cacheableStatuses = new Set([200, 203, 204, 300, 301, 302, 303, 307, 308]);

/**
 * Whether a response of the app may be stored and shared. Every response of this app is a function of the URL,
 * the router headers, the build and the data (see the README), so the rule is about status and cookies only.
 * @param {number} status
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
export function isCacheableResponse(status, headers) {
  return cacheableStatuses.has(status) && headers['set-cookie'] === undefined;
}

/**
 * The request headers Next.js answers RSC requests by (its `Vary`). The `_rsc` query parameter is a hash of them,
 * but a client may send them without it, so they are part of the key themselves.
 */
const routerHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
];

/**
 * The one key of a request's answer: data version, path and query as sent, and the router headers. GET and HEAD
 * share it.
 * @param {string} dataVersion
 * @param {string} url path and query, as in the request line
 * @param {import('node:http').IncomingHttpHeaders} headers
 */
export function cacheKey(dataVersion, url, headers) {
  const vary = routerHeaders.map((name) => {
    const value = headers[name];
    return Array.isArray(value) ? value.join(',') : (value ?? '');
  });
  return [dataVersion, url, ...vary].join('\n');
}

/**
 * A strong validator: the same build, data and request key always give the same bytes, so the key names them.
 * @param {string} buildId
 * @param {string} key from cacheKey, which holds the data version
 */
export function etagFor(buildId, key) {
  return `"${createHash('sha256').update(buildId).update('\n').update(key).digest('base64url').slice(0, 32)}"`;
}

/**
 * Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for this header). "*" is
 * never taken as a match: it means "any current answer", and the ETag is known before the answer exists (a URL
 * that would be a 404 must not be told "not modified").
 * @param {string | undefined} header
 * @param {string} etag
 */
export function matchesIfNoneMatch(header, etag) {
  if (!header) return false;
  const strip = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '');
  const wanted = strip(etag);
  return header.split(',').some((tag) => tag.trim() !== '*' && strip(tag) === wanted);
}
