import { describe, expect, it } from 'vitest';
import { ogText } from './og-text';

describe('text for preview images', () => {
  it('keeps the euro sign, which the bundled font has, so an amount keeps its currency', () => {
    expect(ogText('EU €90 billion loan')).toBe('EU €90 billion loan');
  });

  it('writes typographic punctuation plainly and drops what the font may lack', () => {
    expect(ogText('Europe’s “role” – now…')).toBe(`Europe's "role" - now...`);
    expect(ogText('Київ talks')).toBe(' talks');
  });

  it('shortens long text with an ellipsis, within the limit', () => {
    expect(ogText('abcdefghij', 8)).toBe('abcde...');
  });
});
