// @ts-check
// How pages know they are served through the front server (server/index.mjs), which sets their CSP and caching.
// The front server makes a secret per process, puts it in the environment before it starts Next.js in the same
// process, and sends it with every request it passes on; proxy.ts refuses pages that come without it, so a plain
// `next start` fails loudly instead of serving pages with no Content-Security-Policy.

const frontSecretHeader = 'x-parley-front';
const frontSecretEnv = 'PARLEY_FRONT_SECRET';

/**
 * @param {string | null | undefined} sent the header's value on the request
 * @param {string | undefined} expected the secret in this process's environment
 */
function isFromFrontServer(sent, expected) {
  return typeof expected === 'string' && expected.length >= 32 && sent === expected;
}

const notThroughFrontServer =
  'Parley must be served through its front server, which sets the Content-Security-Policy and HTTP caching of ' +
  'every page: run `npm start` (node server/index.mjs), not `next start`.\n';

module.exports = { frontSecretEnv, frontSecretHeader, isFromFrontServer, notThroughFrontServer };
