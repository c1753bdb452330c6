/** How a page's scripts are allowed: a per-request nonce, or the hashes of a prerendered page's inline scripts. */
export type ScriptAllowance = { nonce: string } | { hashes: string[] };

type PolicyOptions = { scripts: ScriptAllowance; embeddable: boolean; dev: boolean };

/**
 * Styles keep 'unsafe-inline' because React and recharts set style attributes, which nonces cannot cover;
 * scripts never do. A nonce page trusts what its nonced scripts load ('strict-dynamic'); a prerendered page,
 * which has no nonce, allows its own origin's files and exactly its inline scripts. Only /embed/ may be framed.
 */
export function contentSecurityPolicy({ scripts, embeddable, dev }: PolicyOptions): string {
  const scriptSrc =
    'nonce' in scripts
      ? `'self' 'nonce-${scripts.nonce}' 'strict-dynamic'`
      : ["'self'", ...scripts.hashes].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${dev ? " 'unsafe-eval'" : ''}`,
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
