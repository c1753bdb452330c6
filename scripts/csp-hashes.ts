// Post-build: records the inline-script hashes of every prerendered page, so proxy.ts can give those pages a
// Content-Security-Policy without 'unsafe-inline' even though they have no per-request nonce.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScriptHashes, routeOfHtmlFile, type StaticCspManifest } from '../lib/http/static-pages';

const appDir = join('.next', 'server', 'app');
const pages: StaticCspManifest['pages'] = {};
for (const file of readdirSync(appDir, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html') || file.includes('_global-error')) continue;
  pages[routeOfHtmlFile(file.split('\\').join('/'))] = inlineScriptHashes(
    readFileSync(join(appDir, file), 'utf8'),
  );
}
const routeManifest: Record<string, string> = JSON.parse(
  readFileSync(join('.next', 'app-path-routes-manifest.json'), 'utf8'),
);
const manifest: StaticCspManifest = { pages, routes: [...new Set(Object.values(routeManifest))] };
writeFileSync(join('.next', 'csp-static.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`csp-hashes: ${Object.keys(pages).length} prerendered pages: ${Object.keys(pages).join(', ')}`);
