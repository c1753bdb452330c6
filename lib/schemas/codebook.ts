import { z } from 'zod';
import { idSchema, nonEmptyText, recordList, shortText } from './common';

/** One rule of the codebook: every coded position names the rule that decided its stance. */
export const codebookRuleSchema = z.strictObject({
  id: idSchema,
  title: shortText,
  text: nonEmptyText,
});
export type CodebookRule = z.infer<typeof codebookRuleSchema>;

export const codebookFileSchema = recordList(codebookRuleSchema, 'rules');
