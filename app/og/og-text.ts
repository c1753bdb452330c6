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
    .replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '');
  return plain.length > max ? `${plain.slice(0, max - 3)}...` : plain;
}

export const ogSize = { width: 1200, height: 630 };
