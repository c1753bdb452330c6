import { z } from 'zod';
import { bases, quoteKinds, stances } from './closed-sets';
import {
  boundedText,
  idSchema,
  isoDateSchema,
  nonEmptyText,
  recordList,
  requiredId,
  requiredText,
  shortText,
} from './common';

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

const where = {
  id: idSchema,
  party: idSchema,
  issue: idSchema,
  /** The date the stance was taken: the latest date among its evidence. */
  date: isoDateSchema,
};
const what = {
  summary: boundedText('summary'),
  evidence: z.array(evidenceSchema).min(1, 'every position needs at least one piece of evidence'),
  /** Set when the evidence behind this position disagrees; says how. */
  conflict: nonEmptyText.optional(),
  /**
   * Context that is not a disagreement, so never marks the cell as conflicting: a change over time, renderings of
   * one remark that say the same, a claim no other report confirms.
   */
  note: nonEmptyText.optional(),
};

/** A position a reader may see: its stance is coded, with the codebook rule that decided it and why. */
export const positionSchema = z.strictObject({
  ...where,
  stance: z.enum(stances),
  basis: z.enum(bases),
  /** The codebook rule that decided the stance. */
  rule: requiredId('a coded position needs the codebook rule that decided its stance'),
  /** Why this stance, from the quote alone: what it says, and how the stance is known. */
  rationale: requiredText('a coded position needs a rationale: why this stance, from the quote'),
  ...what,
});
/** A coded position exactly as the schema requires it. */
export type CodedPosition = z.infer<typeof positionSchema>;
/** A position a reader may see. */
export type Position = CodedPosition;

/** A draft written by `data:import`: its stance is not coded yet (data:check says so), so it may lack a rule. */
export const draftPositionSchema = z.strictObject({
  ...where,
  stance: z.null(),
  basis: z.enum(bases),
  rule: idSchema.optional(),
  rationale: nonEmptyText.optional(),
  ...what,
});
export type DraftPosition = z.infer<typeof draftPositionSchema>;

/** A position as the file holds it: coded, or a draft whose stance is null until a person codes it. */
export const positionEntrySchema = z.discriminatedUnion('stance', [positionSchema, draftPositionSchema]);
export type PositionEntry = z.infer<typeof positionEntrySchema>;

export const positionsFileSchema = recordList(positionEntrySchema, 'positions');
