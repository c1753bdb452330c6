import { describe, expect, it } from 'vitest';
import { renderAtom, xmlEscape } from './atom';

describe('renderAtom', () => {
  it('escapes markup and control characters in every field, so data is never markup', () => {
    expect(xmlEscape('<b>"x" & y</b>\u0001')).toBe('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;');
    const xml = renderAtom({
      id: 'tag:x,2025:f',
      title: 'T <script>',
      subtitle: 's',
      self: 'https://x/feed.xml?a=1&b=2',
      alternate: 'https://x/',
      updated: '2025-12-01T00:00:00Z',
      author: 'Parley',
      entries: [],
    });
    expect(xml).toContain('<title>T &lt;script&gt;</title>');
    expect(xml).toContain('href="https://x/feed.xml?a=1&amp;b=2"');
  });
});
