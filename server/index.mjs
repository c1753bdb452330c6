// @ts-check
// `npm start`: the one process that serves Parley. It starts Next.js on a loopback port of its own and serves the
// public port itself, so that it owns what Next.js cannot do for pages that read their query: a strict
// Content-Security-Policy without nonces (the hashes of each answer's own inline scripts), HTTP caching
// (Cache-Control, ETag, 304), and an in-memory cache of whole answers, so that a shared view is rendered once.
// Environment: PORT (3000), HOSTNAME (0.0.0.0), PARLEY_CACHE_MB (64), PARLEY_DATA_DIR (data/), and the
// PARLEY_CACHE_* lifetimes (server/http-cache.mjs).
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import lib from '../lib/http/front-server.js';
import origin from '../lib/http/public-origin.js';
import { answerClientError } from './client-error.mjs';
import { createFrontHandler } from './front.mjs';
import { lifetimesFromEnv } from './http-cache.mjs';
import { ByteLru } from './lru.mjs';
import { startNext } from './upstream.mjs';
import { dataDirectory, dataVersion, readBuildId } from './versions.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// lib/data reads data/ relative to the working directory.
process.chdir(root);

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || '0.0.0.0';
const cacheMb = Number(process.env.PARLEY_CACHE_MB || 64);
if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error('PORT must be a port number');
if (!(cacheMb >= 0)) throw new Error('PARLEY_CACHE_MB must be a number of megabytes ≥ 0');
// Before anything starts: a wrong origin stops the server with the reason; a missing one is only a warning.
const publicOrigin = origin.publicOrigin(process.env);
const originWarning = origin.publicOriginWarning(process.env);
if (originWarning) console.warn(`parley: ${originWarning}`);

const secret = randomBytes(32).toString('base64url');
// Before Next.js loads: it reads NODE_ENV as it starts, and proxy.ts reads the secret from this process's env.
Object.assign(process.env, { NODE_ENV: 'production', [lib.frontSecretEnv]: secret });

const buildId = readBuildId(root);
const version = dataVersion(dataDirectory(root, process.env));
const lifetimes = lifetimesFromEnv(process.env);
const cache = /** @type {ByteLru<import('./response.mjs').Prepared>} */ (new ByteLru(cacheMb * 1024 * 1024));
const next = await startNext(root);
const handle = createFrontHandler({
  forward: next.forward,
  secret,
  buildId,
  dataVersion: version,
  lifetimes,
  cache,
});

const server = createServer((req, res) => void handle(req, res));
server.on('clientError', answerClientError);
// Longer than the idle time of a proxy's pooled connections (nginx: 60 s), so the proxy never reuses one that this
// server is closing at that moment.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(
    `parley: http://${hostname}:${port} for ${publicOrigin.origin} (build ${buildId}, data ${version}, cache ${cacheMb} MB, ` +
      `max-age ${lifetimes.maxAge} s, s-maxage ${lifetimes.sMaxAge} s; Next.js on 127.0.0.1:${next.port})`,
  );
});

/** Stops taking connections, lets answers in progress finish, then ends. */
const stop = () => {
  server.close();
  server.closeIdleConnections();
  void next.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 5000).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
