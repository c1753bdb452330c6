// @ts-check
const { securityHeaders } = require('./lib/http/security-headers.js');
const { staticFilePolicy } = require('./lib/http/content-security-policy.js');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Metadata in <head> for every user agent, not streamed for browsers and blocking for some bots: the same URL
  // then gives the same bytes whoever asks, which is what lets one cached copy of a view serve everyone.
  htmlLimitedBots: /.*/,
  async headers() {
    return [
      // The front server (server/index.mjs) sets these again on every response it sends, with the page policy.
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/_next/static/:path*',
        headers: [{ key: 'Content-Security-Policy', value: staticFilePolicy }],
      },
      { source: '/icon.svg', headers: [{ key: 'Content-Security-Policy', value: staticFilePolicy }] },
    ];
  },
};

module.exports = nextConfig;
