import { type NextRequest, NextResponse } from 'next/server';
import { viewContexts } from './app/views/contexts';
import { contentSecurityPolicy, isEmbeddable } from './lib/http/content-security-policy';
import {
  frontSecretEnv,
  frontSecretHeader,
  isFromFrontServer,
  notThroughFrontServer,
} from './lib/http/front-server';
import { canonicalHref, isViewPath, type ViewContexts } from './lib/view/canonical';

const development = process.env.NODE_ENV === 'development';

/** The data's ids and dates; undefined when the data cannot be read, which the page itself then reports (500). */
function contexts(): ViewContexts | undefined {
  try {
    return viewContexts();
  } catch {
    return undefined;
  }
}

/**
 * Sends every spelling of a view to its one compact URL (308), so that caches keep one copy of it. In production
 * only requests passed on by the front server are served: it sets each page's Content-Security-Policy from the
 * page's own bytes. `next dev` has no front server and gets a relaxed policy instead.
 */
export function proxy(request: NextRequest) {
  if (
    !development &&
    !isFromFrontServer(request.headers.get(frontSecretHeader), process.env[frontSecretEnv])
  ) {
    return new NextResponse(notThroughFrontServer, {
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const { pathname, searchParams } = request.nextUrl;
  // The data's ids are read only for a view's path: a static file, the feed or a 404 needs none of them.
  const read = (request.method === 'GET' || request.method === 'HEAD') && isViewPath(pathname);
  const ctx = read ? contexts() : undefined;
  const target = ctx ? canonicalHref(pathname, searchParams, ctx) : null;
  const response = target ? NextResponse.redirect(new URL(target, request.url), 308) : NextResponse.next();
  if (development) {
    const embeddable = isEmbeddable(pathname);
    response.headers.set('Content-Security-Policy', contentSecurityPolicy('development', { embeddable }));
  }
  return response;
}

export const config = {
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)' }],
};
