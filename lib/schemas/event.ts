import { z } from 'zod';
import { idSchema, isoDateSchema, nonEmptyText, shortText } from './common';

export const eventSchema = z.strictObject({
  id: idSchema,
  date: isoDateSchema,
  /** Last day, for events that ran over several days. */
  endDate: isoDateSchema.optional(),
  title: shortText,
  description: nonEmptyText,
  parties: z.array(idSchema).default([]),
  sources: z.array(idSchema).min(1, 'every event needs a source'),
  /** How the date was worked out where the source gives only a weekday. */
  dateDerivation: nonEmptyText.optional(),
});
export type NegotiationEvent = z.infer<typeof eventSchema>;

export const eventsFileSchema = z.array(eventSchema);
