// @ts-check
import { gzipSync } from 'node:zlib';
import csp from '../lib/http/content-security-policy.js';
import security from '../lib/http/security-headers.js';
import { policyFor } from './csp.mjs';
import { notStored } from './http-cache.mjs';
import { withStableRequestId } from './stable-ids.mjs';

/**
 * A whole answer, ready to send as often as asked: what the cache holds.
 * @typedef {{
 *   status: number,
 *   headers: [string, string | string[]][],
 *   body: Buffer,
 *   gzip: Buffer | undefined,
 *   compressible?: boolean,
 *   cacheable: boolean,
 *   bytes: number,
 *   flat?: string[],
 * }} Prepared
 */

/** Hop-by-hop headers belong to one connection, in either direction (RFC 9110, section 7.6.1). */
export const hopByHop = [
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
];

// Besides the hop-by-hop headers, the others are the front server's to set.
const dropped = new Set([
  ...hopByHop,
  'date',
  'etag',
  'last-modified',
  'expires',
  'pragma',
  'cache-control',
  'content-security-policy',
  'content-length',
  'x-powered-by',
  // Next.js sends these too (next.config.js); the front sends its own, once.
  ...security.securityHeaders.map(({ key }) => key.toLowerCase()),
]);

const rscType = /^\s*text\/x-component\b/i;
const compressible = /^\s*(?:text\/|application\/(?:json|javascript|xml|manifest\+json)|image\/svg\+xml)/i;
/** Below this, gzip's own header outweighs what it saves. */
const minGzipBytes = 1024;

/**
 * Turns Next.js's answer into the one the reader gets: its headers minus the ones the front owns, the security
 * headers, the Content-Security-Policy computed from the body, and Cache-Control and ETag when it may be kept.
 * @param {import('./upstream.mjs').UpstreamResponse} upstream
 * @param {{ pathname: string, cacheable: boolean, cacheControl: string, etag: string }} how
 * @returns {Prepared}
 */
export function prepare(upstream, { pathname, cacheable, cacheControl, etag }) {
  const contentType = String(upstream.headers['content-type'] ?? '');
  const body =
    cacheable && rscType.test(contentType) ? withStableRequestId(upstream.body, etag) : upstream.body;
  /** @type {[string, string | string[]][]} */
  const headers = [];
  let vary = '';
  for (const [name, value] of Object.entries(upstream.headers)) {
    if (value === undefined || dropped.has(name)) continue;
    if (name === 'vary') vary = String(value);
    else headers.push([name, value]);
  }
  // The front asks Next.js for plain bodies; one that comes encoded anyway is passed on as it is.
  const encoded = upstream.headers['content-encoding'] !== undefined;
  const zippable = !encoded && compressible.test(contentType) && body.length >= minGzipBytes;
  // A kept answer is compressed once, now, so that the cache counts its bytes; one sent once (a hostile query's
  // 404) only when its reader takes gzip, in send().
  const gzip = zippable && cacheable ? gzipSync(body) : undefined;
  if (zippable) vary = joinVary(vary, 'Accept-Encoding');
  if (vary) headers.push(['Vary', vary]);
  headers.push(...securityHeaders(policyFor(pathname, contentType, body)));
  headers.push(['Cache-Control', cacheable ? cacheControl : notStored]);
  if (cacheable) headers.push(['ETag', etag]);
  const headerBytes = headers.reduce((sum, [name, value]) => sum + name.length + String(value).length, 0);
  return {
    status: upstream.status,
    headers,
    body,
    gzip,
    compressible: zippable,
    cacheable,
    bytes: body.length + (gzip?.length ?? 0) + headerBytes * 2 + 256,
  };
}

/**
 * The answer to a request whose If-None-Match names the current ETag: no render, no body. Vary comes from the
 * cached answer when there is one. It carries no Content-Security-Policy or other security header: a browser or a
 * shared cache copies a 304's headers onto the answer it holds (RFC 9111, 4.3.4), so any policy sent here would
 * replace the page's own (its script hashes) with one that blocks its scripts.
 * @param {string} etag
 * @param {string} cacheControl
 * @param {Prepared | undefined} cached
 */
export function notModified(etag, cacheControl, cached) {
  const vary = cached?.headers.find(([name]) => name === 'Vary');
  return /** @type {Prepared} */ ({
    status: 304,
    headers: [['ETag', etag], ['Cache-Control', cacheControl], ...(vary ? [vary] : [])],
    body: Buffer.alloc(0),
    gzip: undefined,
    cacheable: false,
    bytes: 0,
  });
}

/**
 * What a reader gets when Next.js does not answer: a plain message, never kept.
 * @param {number} status
 * @param {string} message
 */
export function failure(status, message) {
  return /** @type {Prepared} */ ({
    status,
    headers: [
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['Cache-Control', notStored],
      ...securityHeaders(csp.staticFilePolicy),
    ],
    body: Buffer.from(message),
    gzip: undefined,
    cacheable: false,
    bytes: 0,
  });
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {Prepared} answer
 * @param {'hit' | 'miss' | 'pass' | 'revalidated'} cacheStatus for people and checks reading the headers
 */
export function send(req, res, answer, cacheStatus) {
  const useGzip = answer.compressible === true && acceptsGzip(req.headers['accept-encoding']);
  if (useGzip) answer.gzip ??= gzipSync(answer.body);
  const body = useGzip && answer.gzip ? answer.gzip : answer.body;
  // One flat list for writeHead: an answer sent a thousand times a second should not validate its headers each time.
  answer.flat ??= answer.headers.flatMap(([name, value]) =>
    Array.isArray(value) ? value.flatMap((v) => [name, v]) : [name, value],
  );
  const headers = [...answer.flat, 'X-Parley-Cache', cacheStatus];
  if (useGzip) headers.push('Content-Encoding', 'gzip');
  const bodiless = answer.status === 204 || answer.status === 304;
  if (!bodiless) headers.push('Content-Length', String(body.length));
  res.writeHead(answer.status, headers);
  res.end(bodiless || req.method === 'HEAD' ? undefined : body);
}

/** @param {string} policy */
function securityHeaders(policy) {
  /** @type {[string, string][]} */
  const list = security.securityHeaders.map(({ key, value }) => [key, value]);
  list.push(['Content-Security-Policy', policy]);
  return list;
}

/** @param {string} vary @param {string} name */
function joinVary(vary, name) {
  const names = vary
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return names.some((n) => n.toLowerCase() === name.toLowerCase()) ? vary : [...names, name].join(', ');
}

/** Whether the reader takes gzip: named (or `*`) without q=0. */
export function acceptsGzip(/** @type {string | undefined} */ header) {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') return false;
    const q = params.find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
