import { z } from 'zod';
import { isIsoDate } from '../format/date';
import { idSchema, nonEmptyText, recordList, shortText, urlSchema } from './common';

export const sourceKinds = ['news-report', 'official-statement', 'document', 'dataset'] as const;

/** One reason per mistake, and it says what to write instead. */
const publishedOnSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: 'must be a date written YYYY-MM-DD, or null with a dateNote when the page shows no date',
    abort: true,
  })
  .refine(isIsoDate, 'is not a real calendar date')
  .nullable();

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  publisher: shortText,
  /** null when the page shows no date; `dateNote` then says so. */
  publishedOn: publishedOnSchema,
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

export const sourcesFileSchema = recordList(sourceSchema, 'sources');
