// @ts-check
// The public address that absolute links, citations, embeds, the feed and preview images name (PARLEY_ORIGIN).
// Read by the pages (app/views/site.ts) and checked by the front server as it starts, so a deployment that sets a
// wrong one stops with the reason, and one that forgets it is told that its shared links lead to this machine.

const originEnv = 'PARLEY_ORIGIN';

/** Unset: the same for every process of a build (not the port), so that they serve the same bytes for a URL. */
const defaultOrigin = 'http://localhost:3000';

/**
 * The origin PARLEY_ORIGIN names, or the default when it is unset or empty.
 * @param {Record<string, string | undefined>} env
 * @returns {URL}
 */
function publicOrigin(env) {
  const text = env[originEnv];
  if (text === undefined || text === '') return new URL(defaultOrigin);
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${originEnv} must be an absolute address such as https://parley.example, not "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${originEnv} must be an http or https address, not "${text}"`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new Error(`${originEnv} must be an origin only (scheme, host and port), not "${text}"`);
  return url;
}

/**
 * What the front server says about PARLEY_ORIGIN as it starts: nothing when it is set; a warning when it is not.
 * @param {Record<string, string | undefined>} env
 * @returns {string | null}
 */
function publicOriginWarning(env) {
  if (env[originEnv]) return null;
  return (
    `${originEnv} is not set: shared links, citations, embeds, the feed and previews name ${defaultOrigin}. ` +
    `Set it to the address readers use, e.g. ${originEnv}=https://parley.example`
  );
}

module.exports = { originEnv, defaultOrigin, publicOrigin, publicOriginWarning };
