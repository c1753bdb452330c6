type PolicyOptions = { nonce: string; embeddable: boolean; dev: boolean };

/**
 * Styles keep 'unsafe-inline' because React and recharts set style attributes, which nonces cannot cover;
 * scripts never do. Only /embed/ pages may be framed by other sites.
 */
export function contentSecurityPolicy({ nonce, embeddable, dev }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
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
