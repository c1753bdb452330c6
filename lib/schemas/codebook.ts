import { z } from 'zod';
import { idSchema, nonEmptyText } from './common';

/** One rule of the codebook: every coded position names the rule that decided its stance. */
export const codebookRuleSchema = z.strictObject({
  id: idSchema,
  title: nonEmptyText,
  text: nonEmptyText,
});
export type CodebookRule = z.infer<typeof codebookRuleSchema>;

export const codebookFileSchema = z.array(codebookRuleSchema).min(1);
