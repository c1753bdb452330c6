import { z } from 'zod';
import { isIsoDate } from '../format/date';

/** Ids are lowercase slugs so they are safe in URLs and stable across edits. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "russia" or "nato-membership"');

/** A calendar date that really exists (rejects 2025-02-30, which a bare regex would accept). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isIsoDate, 'is not a real calendar date');

export const isoMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');

export const urlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

export const nonEmptyText = z.string().trim().min(1, 'must not be empty');
