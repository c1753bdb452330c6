// @ts-check
import { createHash } from 'node:crypto';
import csp from '../lib/http/content-security-policy.js';

const { contentSecurityPolicy, isEmbeddable, staticFilePolicy } = csp;

// Any <script …>…</script>. The body is read as latin1, one char per byte, so the hash covers the exact bytes sent.
const scriptElement = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const srcAttribute = /(?:^|\s)src\s*=/i;

/**
 * The 'sha256-…' source of every inline script in an HTML document, in order of first appearance, without
 * repeats. Scripts loaded by src are covered by 'self' and skipped.
 * @param {Buffer} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes = '', body = ''] of html.toString('latin1').matchAll(scriptElement)) {
    if (srcAttribute.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(Buffer.from(body, 'latin1')).digest('base64')}'`);
  }
  return [...hashes];
}

/** @param {string | undefined} contentType */
function isHtml(contentType) {
  return /^\s*text\/html\b/i.test(contentType ?? '');
}

/**
 * The policy a response gets: an HTML page allows exactly its own inline scripts; anything else runs nothing.
 * @param {string} pathname
 * @param {string | undefined} contentType
 * @param {Buffer} body
 */
export function policyFor(pathname, contentType, body) {
  if (!isHtml(contentType)) return staticFilePolicy;
  return contentSecurityPolicy(
    { scriptHashes: inlineScriptHashes(body) },
    { embeddable: isEmbeddable(pathname) },
  );
}
