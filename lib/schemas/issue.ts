import { z } from 'zod';
import { idSchema, nonEmptyText } from './common';

export const issueSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  /** What every stance on this issue is measured against: "supports" means supports this sentence. */
  proposition: nonEmptyText,
  description: nonEmptyText.optional(),
});
export type Issue = z.infer<typeof issueSchema>;

export const issuesFileSchema = z.array(issueSchema).min(1);
