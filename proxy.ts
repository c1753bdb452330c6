import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy } from './lib/http/content-security-policy';
import { type StaticCspManifest, staticPageFor } from './lib/http/static-pages';

/** Written by scripts/csp-hashes.ts after `next build`; absent in development, where every page renders per request. */
function loadManifest(): StaticCspManifest {
  try {
    return JSON.parse(readFileSync(join(process.cwd(), '.next', 'csp-static.json'), 'utf8'));
  } catch {
    return { pages: {}, routes: [] };
  }
}
const manifest = loadManifest();

/**
 * A fresh nonce per request for pages rendered per request: Next.js puts it on its own scripts. Prerendered pages
 * get the hashes of their inline scripts instead. Neither needs 'unsafe-inline'.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const prerendered = manifest.routes.length > 0 ? staticPageFor(pathname, manifest) : undefined;
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({
    scripts: prerendered ? { hashes: manifest.pages[prerendered] ?? [] } : { nonce },
    embeddable: pathname.startsWith('/embed/'),
    dev: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  if (!prerendered) {
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', policy);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
};
