import { z } from 'zod';
import { idSchema, isoDateSchema, nonEmptyText, recordList, shortText } from './common';

export const partyKinds = ['state', 'bloc', 'alliance', 'institution', 'group'] as const;

export const speakerSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  /** The role held on `roleAsOf`, not today's. */
  role: shortText,
  roleAsOf: isoDateSchema,
  note: nonEmptyText.optional(),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const partySchema = z.strictObject({
  id: idSchema,
  name: shortText,
  shortName: shortText,
  kind: z.enum(partyKinds),
  /** Another party this one belongs to, e.g. a member state within a bloc. */
  memberOf: z.array(idSchema).default([]),
  speakers: z.array(speakerSchema).default([]),
  note: nonEmptyText.optional(),
});
export type Party = z.infer<typeof partySchema>;

export const partiesFileSchema = recordList(partySchema, 'parties');
