// @ts-check
// Plain JS so that next.config.js and the front server (server/, plain ESM) share one list.
// The Content-Security-Policy is not here: the front server sets it per response (see content-security-policy.js).

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

module.exports = { securityHeaders };
