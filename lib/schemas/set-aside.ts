import { z } from 'zod';
import { idSchema, nonEmptyText } from './common';
import { evidenceSchema } from './position';

/**
 * A report a coder read and did not code as a stance: a quote with no direction, one that does not name the issue,
 * a headline, a speaker describing another party. It keeps its evidence, the party and issue it was read for, the
 * codebook rule that set it aside and the reason in a reader's words, so that readers can see what was left out
 * and why, and so that `data:import` never brings it back as a draft.
 */
export const setAsideSchema = z.strictObject({
  id: idSchema,
  party: idSchema,
  issue: idSchema,
  ...evidenceSchema.shape,
  /** The codebook rule that decided it is not a stance. */
  rule: idSchema,
  /** Why it was set aside, from the quote, in words a reader understands. */
  reason: nonEmptyText,
});
export type SetAside = z.infer<typeof setAsideSchema>;

/** May be empty: a dataset in which every report read became a stance sets nothing aside. */
export const setAsideFileSchema = z.array(setAsideSchema);
