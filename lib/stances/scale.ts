import type { Basis, QuoteKind, Stance } from '../schemas/closed-sets';

/** The ordinal value of each stance: distances between parties are measured on this scale. */
export const stanceScore: Record<Stance, number> = {
  'strongly-opposes': -2,
  opposes: -1,
  mixed: 0,
  supports: 1,
  'strongly-supports': 2,
};

export const stanceLabel: Record<Stance, string> = {
  'strongly-opposes': 'Strongly opposes',
  opposes: 'Opposes',
  mixed: 'Mixed or conditional',
  supports: 'Supports',
  'strongly-supports': 'Strongly supports',
};

/**
 * What a compact cell prints beside the symbol: the direction, while the symbol (−− or ++) carries the strength.
 * The full label is in the cell's accessible name, its tooltip and the dialog.
 */
export const stanceShortLabel: Record<Stance, string> = {
  'strongly-opposes': 'Against',
  opposes: 'Against',
  mixed: 'Mixed',
  supports: 'For',
  'strongly-supports': 'For',
};

/** A text symbol per stance, so the stance never rests on colour alone. */
export const stanceSymbol: Record<Stance, string> = {
  'strongly-opposes': '−−',
  opposes: '−',
  mixed: '±',
  supports: '+',
  'strongly-supports': '++',
};

/** Symbols for places that take only plain ASCII (preview images' bundled font, CSV). */
export const stanceAsciiSymbol: Record<Stance, string> = {
  'strongly-opposes': '--',
  opposes: '-',
  mixed: '+/-',
  supports: '+',
  'strongly-supports': '++',
};

/** No position is not a neutral stance: it says our sources hold no statement, not that the party has no view. */
export const noPositionLabel = 'No statement in our sources';
export const noPositionShortLabel = 'No statement';
export const noPositionSymbol = '∅';
export const noPositionExplanation =
  'No statement in our sources: none of the reports Parley has read states this party’s stance on the issue by that date. It does not mean the party has no view, and it is not a neutral stance.';

export const basisLabel: Record<Basis, string> = {
  stated: 'Stated by the party',
  reported: 'Reported by others',
  inferred: 'Inferred from an action',
};

export const quoteKindLabel: Record<QuoteKind, string> = {
  verbatim: 'Verbatim quote',
  paraphrase: 'Paraphrase',
  context: 'The outlet’s context, not a statement',
};
