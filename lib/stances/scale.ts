import type { Basis, QuoteKind, Stance } from '../schemas/position';

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

/** A text symbol per stance, so the stance never rests on colour alone. */
export const stanceSymbol: Record<Stance, string> = {
  'strongly-opposes': '−−',
  opposes: '−',
  mixed: '±',
  supports: '+',
  'strongly-supports': '++',
};

export const noPositionLabel = 'No stated position';
export const noPositionSymbol = '∅';

export const basisLabel: Record<Basis, string> = {
  stated: 'Stated by the party',
  reported: 'Reported by others',
  inferred: 'Inferred from an action',
};

export const quoteKindLabel: Record<QuoteKind, string> = {
  verbatim: 'Verbatim quote',
  paraphrase: 'Paraphrase',
};
