import { z } from 'zod';
import { idSchema, nonEmptyText, recordList, shortText } from './common';

export const issueSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  /** What every stance on this issue is measured against: "supports" means supports this sentence. */
  proposition: shortText,
  description: nonEmptyText.optional(),
});
export type Issue = z.infer<typeof issueSchema>;

export const issuesFileSchema = recordList(issueSchema, 'issues');
