import { z } from 'zod';
import { idSchema, isoDateSchema, nonEmptyText } from './common';

/** One ordinal scale for every issue, from -2 to +2. "No stated position" is the absence of a position. */
export const stances = ['strongly-opposes', 'opposes', 'mixed', 'supports', 'strongly-supports'] as const;
export type Stance = (typeof stances)[number];

/** How a stance is known. */
export const bases = ['stated', 'reported', 'inferred'] as const;
export type Basis = (typeof bases)[number];

export const quoteKinds = ['verbatim', 'paraphrase'] as const;
export type QuoteKind = (typeof quoteKinds)[number];

export const evidenceSchema = z.strictObject({
  quote: nonEmptyText,
  quoteKind: z.enum(quoteKinds),
  speaker: idSchema,
  source: idSchema,
  /** The date the words were said or the act happened. */
  date: isoDateSchema,
  /** Which outlet's wording this is, a translation caveat, or a conflict with another report. */
  note: nonEmptyText.optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const positionSchema = z.strictObject({
  id: idSchema,
  party: idSchema,
  issue: idSchema,
  /** The date the stance was taken: the latest date among its evidence unless noted. */
  date: isoDateSchema,
  stance: z.enum(stances),
  basis: z.enum(bases),
  summary: nonEmptyText,
  evidence: z.array(evidenceSchema).min(1, 'every position needs at least one piece of evidence'),
  /** Set when the evidence behind this position disagrees; says how. */
  conflict: nonEmptyText.optional(),
});
export type Position = z.infer<typeof positionSchema>;

export const positionsFileSchema = z.array(positionSchema);
