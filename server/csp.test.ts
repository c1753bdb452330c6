import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes, policyFor } from './csp.mjs';

const sha = (text: string | Buffer) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes inline scripts exactly, and skips scripts loaded by src', () => {
    const body = '(self.__next_f=self.__next_f||[]).push([0])';
    const html = `<script src="/a.js" async=""></script><script>${body}</script><script id="_R_">x</script>`;
    expect(inlineScriptHashes(Buffer.from(html))).toEqual([sha(body), sha('x')]);
  });

  it('hashes the UTF-8 bytes of non-ASCII scripts, as browsers do', () => {
    const body = 'self.__next_f.push([1,"Russia–Ukraine “talks” ✓"])';
    expect(inlineScriptHashes(Buffer.from(`<script>${body}</script>`))).toEqual([sha(Buffer.from(body))]);
  });

  it('lists a script that appears twice once, and handles attributes, case and multi-line bodies', () => {
    const html =
      '<SCRIPT type="text/javascript">a\nb</SCRIPT ><script data-src="x">a\nb</script><script>\n</script>';
    expect(inlineScriptHashes(Buffer.from(html))).toEqual([sha('a\nb'), sha('\n')]);
  });

  it('finds nothing in a page without inline scripts', () => {
    expect(inlineScriptHashes(Buffer.from('<p>no scripts</p><script src="/x.js"></script>'))).toEqual([]);
  });
});

describe('policyFor', () => {
  const page = Buffer.from('<html><script>go()</script></html>');

  it("gives a page its scripts' hashes, never a nonce or unsafe-* for scripts", () => {
    const policy = policyFor('/', 'text/html; charset=utf-8', page);
    const scriptSrc = policy.match(/script-src [^;]*/)?.[0];
    expect(scriptSrc).toBe(`script-src 'self' ${sha('go()')}`);
    expect(policy).not.toMatch(/nonce|unsafe-eval/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'self'");
  });

  it('lets other sites frame embeds only', () => {
    expect(policyFor('/embed/stances', 'text/html', page)).toContain('frame-ancestors *');
    expect(policyFor('/embedded', 'text/html', page)).toContain("frame-ancestors 'none'");
  });

  it('gives everything that is not HTML the closed policy', () => {
    for (const type of ['image/png', 'text/x-component', 'text/csv', 'application/javascript', undefined])
      expect(policyFor('/og/stances', type, page)).toBe(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
  });
});
