import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy } from './lib/http/content-security-policy';

/** A fresh nonce per request: Next.js puts it on its own inline scripts, so scripts need no 'unsafe-inline'. */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({
    nonce,
    embeddable: request.nextUrl.pathname.startsWith('/embed/'),
    dev: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
};
