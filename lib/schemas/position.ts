import { z } from 'zod';
import { bases, quoteKinds, stances } from './closed-sets';
import { idSchema, isoDateSchema, nonEmptyText } from './common';

export type { Basis, QuoteKind, Stance } from './closed-sets';
export { bases, quoteKinds, stances } from './closed-sets';

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
