// @ts-check
const { securityHeaders, staticFilePolicy } = require('./lib/http/security-headers.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Pages get a per-request policy with a nonce from proxy.ts; files that bypass it get a closed one.
      {
        source: '/_next/static/:path*',
        headers: [{ key: 'Content-Security-Policy', value: staticFilePolicy }],
      },
      { source: '/icon.svg', headers: [{ key: 'Content-Security-Policy', value: staticFilePolicy }] },
    ];
  },
};

module.exports = nextConfig;
