// @ts-check
import lib from '../lib/http/front-server.js';
import {
  cacheControlFor,
  cacheKey,
  etagFor,
  isCacheableMethod,
  isCacheableResponse,
  matchesIfNoneMatch,
} from './http-cache.mjs';
import { failure, hopByHop, notModified, prepare, send } from './response.mjs';

/**
 * @typedef {{
 *   forward: import('./upstream.mjs').Forward,
 *   secret: string,
 *   buildId: string,
 *   dataVersion: string,
 *   lifetimes: import('./http-cache.mjs').Lifetimes,
 *   cache: import('./lru.mjs').ByteLru<import('./response.mjs').Prepared>,
 *   log?: (message: string) => void,
 * }} FrontOptions
 */

// Request headers that must not reach Next.js: hop-by-hop ones; conditionals and ranges, which the front answers
// itself from whole answers; and the encodings, since it keeps one plain body and compresses it itself.
const notForwarded = new Set([
  ...hopByHop,
  'expect',
  'accept-encoding',
  'if-none-match',
  'if-modified-since',
  'if-match',
  'if-unmodified-since',
  'if-range',
  'range',
  'user-agent',
]);

/**
 * Next.js answers some user agents differently (which bots get metadata streamed). One fixed agent makes the
 * answer a function of the URL alone; next.config.js sends every agent the same blocking metadata as well.
 */
const fixedUserAgent = 'parley-front';

/**
 * The front server's request handler: answers from the cache when it can, else asks Next.js once (concurrent
 * requests for one key share that one render), and keeps what may be kept.
 * @param {FrontOptions} options
 */
export function createFrontHandler({
  forward,
  secret,
  buildId,
  dataVersion,
  lifetimes,
  cache,
  log = console.error,
}) {
  /** @type {Map<string, Promise<import('./response.mjs').Prepared>>} */
  const inFlight = new Map();

  /** @param {import('node:http').IncomingMessage} req */
  const upstreamHeaders = (req) => {
    /** @type {import('node:http').OutgoingHttpHeaders} */
    const headers = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined && !notForwarded.has(name)) headers[name] = value;
    }
    if (isCacheableMethod(req.method)) {
      delete headers['content-length'];
      delete headers['content-type'];
      // A cached answer is a function of the URL alone, so nothing that names a reader may shape it.
      delete headers.cookie;
      delete headers.authorization;
    }
    headers['user-agent'] = fixedUserAgent;
    headers[lib.frontSecretHeader] = secret;
    return headers;
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {{ pathname: string, cacheControl: string, etag: string }} how
   */
  const render = async (req, how) => {
    const upstream = await forward(req, upstreamHeaders(req));
    const cacheable = isCacheableMethod(req.method) && isCacheableResponse(upstream.status, upstream.headers);
    return prepare(upstream, { ...how, cacheable });
  };

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  return async function handle(req, res) {
    const url = req.url ?? '/';
    // What a miss needs; a hit (the path that must be cheap) needs none of it.
    const how = () => {
      const pathname = pathnameOf(url);
      return { pathname, cacheControl: cacheControlFor(pathname, lifetimes) };
    };
    try {
      if (!isCacheableMethod(req.method)) {
        send(req, res, await render(req, { ...how(), etag: '' }), 'pass');
        return;
      }
      const key = cacheKey(dataVersion, url, req.headers);
      const cached = cache.get(key);
      const ifNoneMatch = header(req.headers['if-none-match']);
      // The ETag is known from the request alone, so a reader revalidating a view costs no render at all.
      if (ifNoneMatch) {
        const etag = etagFor(buildId, key);
        if (matchesIfNoneMatch(ifNoneMatch, etag)) {
          send(req, res, notModified(etag, how().cacheControl, cached), 'revalidated');
          return;
        }
      }
      if (cached) {
        send(req, res, cached, 'hit');
        return;
      }
      let pending = inFlight.get(key);
      const joined = pending !== undefined;
      if (!pending) {
        pending = render(req, { ...how(), etag: etagFor(buildId, key) }).then((answer) => {
          if (answer.cacheable) cache.set(key, answer, answer.bytes);
          return answer;
        });
        inFlight.set(key, pending);
        void pending.finally(() => inFlight.delete(key)).catch(() => {});
      }
      const answer = await pending;
      send(req, res, answer, !answer.cacheable ? 'pass' : joined ? 'hit' : 'miss');
    } catch (error) {
      const timedOut = error instanceof Error && 'code' in error && error.code === 'ETIMEDOUT';
      log(
        `front: ${req.method} ${url.slice(0, 200)}: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (res.headersSent) res.destroy();
      else
        send(
          req,
          res,
          failure(timedOut ? 504 : 502, 'The page could not be rendered. Please try again.\n'),
          'pass',
        );
    }
  };
}

/**
 * The path a request names, with dot segments resolved as a browser would: it decides which policy a page gets
 * (only /embed/ may be framed), so `/embed/../` must count as `/`.
 * @param {string} url
 */
export function pathnameOf(url) {
  const path = url.split('?')[0] ?? '/';
  try {
    return new URL(`http://front${path.startsWith('/') ? '' : '/'}${path}`).pathname;
  } catch {
    return '/';
  }
}

/** @param {string | string[] | undefined} value */
function header(value) {
  return Array.isArray(value) ? value.join(',') : value;
}
