// @ts-check
// Plain JS so that next.config.js, proxy.ts and the front server (server/, plain ESM) share one policy.

/**
 * Styles keep 'unsafe-inline' because React and recharts set style attributes, which hashes cannot cover; scripts
 * never do. A page allows its own origin's files and exactly the inline scripts it carries, by their sha256, which
 * the front server computes from each response: the policy is a function of the bytes, so a cached page keeps a
 * policy that fits it. In development (`next dev`, no front server) inline scripts are allowed, and eval for
 * React's error overlay. Only /embed/ may be framed by other sites.
 *
 * @param {{ scriptHashes: readonly string[] } | 'development'} scripts the 'sha256-…' sources, quotes included
 * @param {{ embeddable: boolean }} options
 * @returns {string}
 */
function contentSecurityPolicy(scripts, { embeddable }) {
  const scriptSrc =
    scripts === 'development'
      ? ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
      : ["'self'", ...scripts.scriptHashes];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? '*' : "'none'"}`,
  ].join('; ');
}

/** Whether a path's pages may be framed by other sites. */
function isEmbeddable(/** @type {string} */ pathname) {
  return pathname.startsWith('/embed/');
}

/** For everything that is not an HTML page (scripts, styles, images, downloads, RSC payloads): runs nothing. */
const staticFilePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

module.exports = { contentSecurityPolicy, isEmbeddable, staticFilePolicy };
