import { z } from 'zod';
import { boundedText, isoDateSchema, nonEmptyText, shortText, urlSchema } from './common';

/** How the gatherer marks a quote: `direct` is the speaker's or document's own words. */
export const gathererQuoteKinds = ['direct', 'paraphrase'] as const;

/**
 * One report in the gatherer's evidence files, the input of `data:import`. Names are the gatherer's own; the
 * import maps them to ids. `publishedOn` is free text there ("date not shown", "03.02.2026", "2026-01-23 (URL date)").
 */
export const gathererReportSchema = z.object({
  id: shortText,
  date: isoDateSchema,
  party: shortText,
  issue: shortText,
  speaker: shortText,
  speakerRole: shortText,
  quote: boundedText('quote'),
  quoteKind: z.enum(gathererQuoteKinds),
  url: urlSchema,
  publisher: shortText,
  publishedOn: shortText,
  summary: nonEmptyText,
});
export type GathererReport = z.infer<typeof gathererReportSchema>;
