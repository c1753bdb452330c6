import { z } from 'zod';
import { idSchema, isoDateSchema, nonEmptyText, urlSchema } from './common';

export const sourceKinds = ['news-report', 'official-statement', 'document', 'dataset'] as const;

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  publisher: nonEmptyText,
  /** null when the page shows no date; `dateNote` then says so. */
  publishedOn: isoDateSchema.nullable(),
  dateNote: nonEmptyText.optional(),
  /** null only for sources with no address, such as the seed article; `note` then says how to identify it. */
  url: urlSchema.nullable(),
  kind: z.enum(sourceKinds),
  language: z
    .string()
    .regex(/^[a-z]{2}$/)
    .optional(),
  note: nonEmptyText.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.array(sourceSchema).min(1);
