import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, routeOfHtmlFile, type StaticCspManifest, staticPageFor } from './static-pages';

describe('inlineScriptHashes', () => {
  it('hashes inline scripts exactly, and skips scripts loaded by src', () => {
    const body = '(self.__next_f=self.__next_f||[]).push([0])';
    const expected = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
    const html = `<script src="/a.js" async=""></script><script>${body}</script><script id="_R_">x</script>`;
    expect(inlineScriptHashes(html)).toEqual([
      expected,
      `'sha256-${createHash('sha256').update('x').digest('base64')}'`,
    ]);
  });
});

describe('routeOfHtmlFile', () => {
  it('maps prerendered files to their routes', () => {
    expect(routeOfHtmlFile('methodology.html')).toBe('/methodology');
    expect(routeOfHtmlFile('index.html')).toBe('/');
    expect(routeOfHtmlFile('_not-found.html')).toBe('/_not-found');
  });
});

describe('staticPageFor', () => {
  const manifest: StaticCspManifest = {
    pages: { '/methodology': ["'sha256-a'"], '/_not-found': ["'sha256-b'"] },
    routes: ['/', '/methodology', '/parties/[party]', '/territory'],
  };

  it('finds a prerendered page by its path', () => {
    expect(staticPageFor('/methodology', manifest)).toBe('/methodology');
  });

  it('leaves pages rendered per request to the nonce policy', () => {
    expect(staticPageFor('/', manifest)).toBeUndefined();
    expect(staticPageFor('/parties/russia', manifest)).toBeUndefined();
    expect(staticPageFor('/territory/', manifest)).toBeUndefined();
  });

  it('sends a path no route matches to the static 404', () => {
    expect(staticPageFor('/no-such-page', manifest)).toBe('/_not-found');
    expect(staticPageFor('/parties/russia/extra', manifest)).toBe('/_not-found');
  });
});
