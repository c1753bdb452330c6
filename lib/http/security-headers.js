// Plain JS so next.config.js can require it without a build step.
// The Content-Security-Policy is set per request in proxy.ts, where a nonce is available.

/** @type {{ key: string, value: string }[]} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** For static files, which run nothing and are framed by nobody. */
const staticFilePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

module.exports = { securityHeaders, staticFilePolicy };
