import { z } from 'zod';
import { bases, quoteKinds, stances } from './closed-sets';
import { boundedText, idSchema, isoDateSchema, nonEmptyText, recordList, shortText } from './common';

export type { Basis, QuoteKind, Stance } from './closed-sets';
export { bases, quoteKinds, stances } from './closed-sets';

export const evidenceSchema = z.strictObject({
  quote: boundedText('quote'),
  quoteKind: z.enum(quoteKinds),
  speaker: idSchema,
  source: idSchema,
  /** The date the words were said or the act happened. */
  date: isoDateSchema,
  /** Which outlet's wording this is, a translation caveat, or a conflict with another report. */
  note: nonEmptyText.optional(),
  /** The gatherer's id of the report this came from: provenance for maintainers and re-imports, never shown. */
  ref: shortText.optional(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** A position as the file holds it: `data:import` writes drafts whose stance is null until a person codes it. */
export const positionEntrySchema = z.strictObject({
  id: idSchema,
  party: idSchema,
  issue: idSchema,
  /** The date the stance was taken: the latest date among its evidence. */
  date: isoDateSchema,
  stance: z.enum(stances).nullable(),
  basis: z.enum(bases),
  /** The codebook rule that decided the stance. */
  rule: idSchema.optional(),
  /** Why this stance, from the quote alone: what it says, and how the stance is known. */
  rationale: nonEmptyText.optional(),
  summary: boundedText('summary'),
  evidence: z.array(evidenceSchema).min(1, 'every position needs at least one piece of evidence'),
  /** Set when the evidence behind this position disagrees; says how. */
  conflict: nonEmptyText.optional(),
});
export type PositionEntry = z.infer<typeof positionEntrySchema>;

/** A position a reader may see: its stance is coded. */
export const positionSchema = positionEntrySchema.extend({ stance: z.enum(stances) });
export type Position = z.infer<typeof positionSchema>;

export const positionsFileSchema = recordList(positionEntrySchema, 'positions');
