import { z } from 'zod';
import { idSchema, isoDateSchema, nonEmptyText } from './common';

export const partyKinds = ['state', 'bloc', 'alliance', 'institution', 'group'] as const;

export const speakerSchema = z.strictObject({
  id: idSchema,
  name: nonEmptyText,
  /** The role held on `roleAsOf`, not today's. */
  role: nonEmptyText,
  roleAsOf: isoDateSchema,
  note: nonEmptyText.optional(),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const partySchema = z.strictObject({
  id: idSchema,
  name: nonEmptyText,
  shortName: nonEmptyText,
  kind: z.enum(partyKinds),
  /** Another party this one belongs to, e.g. Belgium within the EU. */
  memberOf: z.array(idSchema).default([]),
  speakers: z.array(speakerSchema).default([]),
  note: nonEmptyText.optional(),
});
export type Party = z.infer<typeof partySchema>;

export const partiesFileSchema = z.array(partySchema).min(1);
