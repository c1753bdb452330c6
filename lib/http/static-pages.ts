import { createHash } from 'node:crypto';

/** What the post-build step records for the proxy: the hashes of each prerendered page, and every app route. */
export type StaticCspManifest = {
  /** Route (e.g. "/methodology", "/_not-found") → the CSP hashes of its inline scripts. */
  pages: Record<string, string[]>;
  /** Every route of the app, with dynamic segments as "[name]". */
  routes: string[];
};

const inlineScript = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The 'sha256-…' source of every inline script in a prerendered page, in order. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(inlineScript)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '', 'utf8')
        .digest('base64')}'`,
  );
}

/** The route a prerendered file serves: "methodology.html" → "/methodology", "index.html" → "/". */
export function routeOfHtmlFile(relativePath: string): string {
  const route = `/${relativePath.replace(/\.html$/, '')}`;
  return route === '/index' ? '/' : route.replace(/\/index$/, '');
}

function toPattern(route: string): RegExp {
  const escaped = route
    .split('/')
    .map((part) => (/^\[.+\]$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}

/**
 * Which prerendered page a request will be answered with, if any: the page itself, the static 404 for a path no
 * route matches, or undefined when the page is rendered per request (and so can carry a nonce).
 */
export function staticPageFor(pathname: string, manifest: StaticCspManifest): string | undefined {
  if (manifest.pages[pathname]) return pathname;
  const matched = manifest.routes.some((route) => toPattern(route).test(pathname));
  return matched ? undefined : manifest.pages['/_not-found'] ? '/_not-found' : undefined;
}
