/**
 * Text for preview images in characters the bundled font is sure to have, so the image never waits on a font
 * download (this server has no network). Data text arrives here as plain strings and is drawn as text, never markup.
 */
export function ogText(text: string, max = 140): string {
  const plain = text
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[–—−]/g, '-')
    .replace(/…/g, '...')
    // Latin-1 and the euro sign, which the bundled font has: "EU €90 billion loan" must not read "EU 90 billion".
    .replace(/[^\x20-\x7E\u00A0-\u00FF\u20AC]/g, '');
  return plain.length > max ? `${plain.slice(0, max - 3)}...` : plain;
}
