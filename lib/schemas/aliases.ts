import { z } from 'zod';
import { idSchema } from './common';

/**
 * A speaker alias names the speaker's id. A speaker not yet in parties.json is added by `data:import` to the
 * report's party, or to `party` when the alias gives one (an unnamed source of one party describing another's conduct).
 */
export const speakerAliasSchema = z.union([idSchema, z.strictObject({ id: idSchema, party: idSchema })]);
export type SpeakerAlias = z.infer<typeof speakerAliasSchema>;

/** The gatherer's names for parties, issues and speakers, mapped to the dataset's ids for `data:import`. */
export const aliasesSchema = z.strictObject({
  parties: z.record(z.string(), idSchema).default({}),
  issues: z.record(z.string(), idSchema).default({}),
  speakers: z.record(z.string(), speakerAliasSchema).default({}),
});
export type Aliases = z.infer<typeof aliasesSchema>;
