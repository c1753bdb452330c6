import { z } from 'zod';
import { isIsoDate } from '../format/date';
import { formatNumber } from '../format/number';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugReason = 'must be a lowercase slug such as "party-a" or "water-rights"';

/** Ids are lowercase slugs so they are safe in URLs and stable across edits. */
export const idSchema = z.string().regex(slug, slugReason);

/** An id that must be present, saying why when it is missing ("a coded position needs …"). */
export function requiredId(whenMissing: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? whenMissing : undefined) })
    .regex(slug, slugReason);
}

/**
 * A calendar date that really exists (rejects 2025-02-30, which a bare regex would accept). A value that is not
 * written YYYY-MM-DD stops at that one reason: "not a real calendar date" would mislead about "5 December 2025".
 */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isIsoDate, 'is not a real calendar date');

export const isoMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM');

export const urlSchema = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

/**
 * The longest text each kind of field may hold, in characters. Far above any real record: a longer one is a paste
 * gone wrong, and would swamp every page that shows it. data/README.md states the same numbers.
 */
export const textLimits = {
  short: { max: 300, what: 'a name, title, role or label' },
  quote: { max: 1_000, what: 'a quote' },
  summary: { max: 600, what: 'a summary' },
  long: { max: 2_000, what: 'a note, description or rationale' },
} as const;

export type TextKind = keyof typeof textLimits;

/** Trimmed, non-empty text no longer than its kind's limit. */
export function boundedText(kind: TextKind) {
  return withinLimit(z.string(), kind);
}

/** The text rules on a string schema: trimmed, not empty, and within the kind's limit, saying by how much not. */
function withinLimit(text: z.ZodString, kind: TextKind) {
  const { max, what } = textLimits[kind];
  return text
    .trim()
    .min(1, 'must not be empty')
    .max(max, {
      error: (issue) =>
        `is ${formatNumber(typeof issue.input === 'string' ? issue.input.length : 0)} characters long; ${what} may have at most ${formatNumber(max)}`,
    });
}

export const nonEmptyText = boundedText('long');

/** Long text that must be present, saying why when it is missing. */
export function requiredText(whenMissing: string) {
  return withinLimit(
    z.string({ error: (issue) => (issue.input === undefined ? whenMissing : undefined) }),
    'long',
  );
}
export const shortText = boundedText('short');

/** A file's list of records, which must not be empty: an empty file would silently empty the pages it feeds. */
export function recordList<T extends z.ZodType>(record: T, what: string) {
  return z.array(record).min(1, `has no ${what}; the file must list at least one`);
}
