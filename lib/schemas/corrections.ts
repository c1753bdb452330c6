import { z } from 'zod';
import { isoDateSchema, nonEmptyText } from './common';

/** A decision about a date the daily CSV lists more than once with different values: which line is kept, and why. */
export const correctionSchema = z.strictObject({
  /** The CSV, relative to data/, as the case file names it. */
  file: z.string().regex(/^[a-z0-9_\-/]+\.csv$/, 'must be a .csv path relative to data/'),
  date: isoDateSchema,
  /** The line of the file (the header is line 1) whose values are kept; the date's other lines are dropped. */
  keepLine: z.int().min(2, 'line 1 is the header'),
  reason: nonEmptyText,
});
export type Correction = z.infer<typeof correctionSchema>;

export const correctionsFileSchema = z.array(correctionSchema);
