// @ts-check
import { Agent, createServer, request as httpRequest } from 'node:http';

/** @typedef {{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }} UpstreamResponse */
/** @typedef {(req: import('node:http').IncomingMessage, headers: import('node:http').OutgoingHttpHeaders) => Promise<UpstreamResponse>} Forward */

/** A render that takes longer than this is abandoned with a 504, rather than holding the reader forever. */
const timeoutMs = 30_000;
const idleSocketMs = 60_000;
/** No answer of this app comes near this; one that does is refused rather than held in memory. */
const maxBodyBytes = 64 * 1024 * 1024;

/**
 * Starts Next.js in this process, on a loopback port of its own (ephemeral) that only the front server talks to.
 * Requests without the front server's secret get a 500 from proxy.ts, so that port serves nobody else.
 * @param {string} dir the project folder, with its production build in .next
 * @returns {Promise<{ port: number, forward: Forward, close: () => Promise<void> }>}
 */
export async function startNext(dir) {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Next.js has no port');
  const { port } = address;
  // The agent below drops idle sockets after a minute; the server keeps them longer, so it never closes one that
  // the agent is about to reuse (Node's default of 5 s on both sides races, and a reused dead socket is a 502).
  server.keepAliveTimeout = 2 * idleSocketMs;
  server.headersTimeout = 2 * idleSocketMs + 1000;
  // Imported here, not at the top: Next.js reads NODE_ENV as it loads, which index.mjs sets first.
  const { default: next } = await import('next');
  const app = next({ dev: false, dir, hostname: '127.0.0.1', port, httpServer: server });
  const handle = app.getRequestHandler();
  await app.prepare();
  server.on('request', (req, res) => void handle(req, res));
  const agent = new Agent({ keepAlive: true, maxSockets: 256, timeout: idleSocketMs });
  return {
    port,
    forward: (req, headers) => forward(port, agent, req, headers),
    close: async () => {
      agent.destroy();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await app.close();
    },
  };
}

/**
 * Passes one request to Next.js and buffers its whole answer. GET and HEAD go as GET without a body, so that a HEAD
 * fills the cache for the GET that follows; other methods carry the reader's body.
 * @param {number} port
 * @param {Agent} agent
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').OutgoingHttpHeaders} headers
 * @returns {Promise<UpstreamResponse>}
 */
async function forward(port, agent, req, headers) {
  try {
    return await forwardOnce(port, agent, req, headers);
  } catch (error) {
    // A kept-alive socket can still be closed under a request; a request without a body is safe to send again.
    const reset = error instanceof Error && 'code' in error && error.code === 'ECONNRESET';
    if (reset && (req.method === 'GET' || req.method === 'HEAD'))
      return forwardOnce(port, agent, req, headers);
    throw error;
  }
}

/**
 * @param {number} port
 * @param {Agent} agent
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').OutgoingHttpHeaders} headers
 * @returns {Promise<UpstreamResponse>}
 */
function forwardOnce(port, agent, req, headers) {
  const bodiless = req.method === 'GET' || req.method === 'HEAD';
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(
      { host: '127.0.0.1', port, agent, path: req.url, method: bodiless ? 'GET' : req.method, headers },
      (res) => {
        /** @type {Buffer[]} */
        const chunks = [];
        let size = 0;
        res.on('data', (/** @type {Buffer} */ chunk) => {
          size += chunk.length;
          if (size > maxBodyBytes)
            res.destroy(new Error(`answer of ${req.url} is over ${maxBodyBytes} bytes`));
          else chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
        res.on('close', () => {
          if (!res.complete) reject(new Error(`Next.js closed the answer of ${req.url} early`));
        });
      },
    );
    upstream.setTimeout(timeoutMs, () =>
      upstream.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
    );
    upstream.on('error', reject);
    if (bodiless) upstream.end();
    else req.pipe(upstream);
  });
}
