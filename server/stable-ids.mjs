// @ts-check
import { createHash } from 'node:crypto';

// Next.js keys the head of a navigation's RSC payload (its viewport and metadata elements) with a random id per
// render: a 21-character nanoid followed by "v" and "m". So the same view, rendered twice, differs by those bytes,
// and a strong ETag shared by two processes would name two different bodies. The key only has to differ between
// navigation targets (Next.js itself derives it from the URL when it prerenders), so it is replaced here by one
// derived from the request's cache key. A payload without that shape is left as it is.
const headKey = /"([A-Za-z0-9_-]{21})v"/g;

/**
 * @param {Buffer} body an RSC payload
 * @param {string} seed what the new id is derived from: the answer's cache key
 * @returns {Buffer}
 */
export function withStableRequestId(body, seed) {
  const text = body.toString('latin1');
  for (const [, id] of text.matchAll(headKey)) {
    if (!id || !text.includes(`"${id}m"`)) continue;
    const stable = createHash('sha256').update(seed).digest('base64url').slice(0, 21);
    const replaced = text.replaceAll(`"${id}v"`, `"${stable}v"`).replaceAll(`"${id}m"`, `"${stable}m"`);
    return Buffer.from(replaced, 'latin1');
  }
  return body;
}
