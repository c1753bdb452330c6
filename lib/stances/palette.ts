import { type Stance, stances } from '../schemas/closed-sets';
import { noPositionSymbol, stanceSymbol } from './scale';

/**
 * The stance palette, one home for the page (as CSS variables) and the preview images: a blue–orange diverging
 * scale (Okabe–Ito family), safe for the common colour-vision deficiencies, with text colours that keep 4.5:1.
 */
export const stancePalette: Record<Stance, { fill: string; text: string }> = {
  'strongly-opposes': { fill: '#b35806', text: '#ffffff' },
  opposes: { fill: '#f1a340', text: '#000000' },
  mixed: { fill: '#d9d9d9', text: '#000000' },
  supports: { fill: '#8fb8de', text: '#000000' },
  'strongly-supports': { fill: '#2166ac', text: '#ffffff' },
};

/** The CSS custom properties the stylesheet's stance classes read: each stance's colours and symbol. */
export function stancePaletteVariables(): Record<string, string> {
  return {
    ...Object.fromEntries(
      stances.flatMap((stance) => [
        [`--stance-${stance}`, stancePalette[stance].fill],
        [`--stance-${stance}-text`, stancePalette[stance].text],
        [`--stance-${stance}-symbol`, JSON.stringify(stanceSymbol[stance])],
      ]),
    ),
    '--stance-none-symbol': JSON.stringify(noPositionSymbol),
  };
}
