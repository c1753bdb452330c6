import { z } from 'zod';
import { idSchema, isoDateSchema, isoMonthSchema, nonEmptyText, shortText } from './common';

/** A named shortcut to a set of parties or issues, offered beside the pickers. */
export const presetSchema = z.strictObject({
  id: idSchema,
  label: shortText,
  members: z.array(idSchema).min(1, 'a preset needs at least one member'),
});
export type Preset = z.infer<typeof presetSchema>;

/** One figure for the area of the contested country, as a named source gives it. */
export const denominatorSchema = z.strictObject({
  id: idSchema,
  km2: z.number().positive('an area must be positive'),
  /** How a reader should see it named: "100,000 km², the figure the daily series divides by". */
  label: shortText,
  source: idSchema.optional(),
});
export type Denominator = z.infer<typeof denominatorSchema>;

/** The columns of the daily area series, by their names in the CSV file. Areas are square metres. */
export const dailyColumnsSchema = z.strictObject({
  date: shortText,
  areaM2: shortText,
  changeM2: shortText,
  change7dM2: shortText,
  change30dM2: shortText,
  percent: shortText,
});
export type DailyColumns = z.infer<typeof dailyColumnsSchema>;

export const dailySeriesCaseSchema = z.strictObject({
  /** The CSV file, relative to data/. */
  file: z.string().regex(/^[a-z0-9_\-/]+\.csv$/, 'must be a .csv path relative to data/'),
  columns: dailyColumnsSchema,
  name: shortText,
  source: idSchema,
  credit: shortText,
  /** The denominator the file's own percent column divides by. */
  denominator: idSchema,
  /** What the series counts and leaves out, in the publisher's terms. */
  definition: nonEmptyText,
});

export const territoryCaseSchema = z.strictObject({
  /** The contested country, as readers name it ("Atlantis", say). */
  region: shortText,
  /** The party whose control the figures measure (the other party, say). */
  holder: shortText,
  /** The month the territory views lead with, and the sources a reader is shown first. */
  headline: z.strictObject({
    month: isoMonthSchema,
    sources: z.array(idSchema).default([]),
    note: nonEmptyText.optional(),
  }),
  denominators: z.array(denominatorSchema).min(1),
  daily: dailySeriesCaseSchema.optional(),
  /** The range the daily chart opens on; null is the series' own first or last day. */
  defaultRange: z.strictObject({ from: isoDateSchema.nullable(), to: isoDateSchema.nullable() }),
  /** Larger than any real figure: a number past these is a typo, not news. */
  bounds: z.strictObject({
    monthlyChangeKm2: z.number().positive(),
  }),
});
export type TerritoryCase = z.infer<typeof territoryCaseSchema>;

/** Everything specific to one negotiation that the code would otherwise have to name. */
export const caseSchema = z.strictObject({
  id: idSchema,
  /** The page title of the dashboard: "The Atlantis talks, issue by issue". */
  title: shortText,
  /** The negotiation in a phrase that fits a sentence: "the Atlantis talks of 2031". */
  name: shortText,
  tagline: nonEmptyText,
  /** A made-up case for tests and demos: every page says so. */
  fictional: z.boolean().default(false),
  /** The day the data was last brought up to date: no date in data/ may be later. */
  asOf: isoDateSchema,
  /** The report the product started from, if any. */
  seedSource: idSchema.optional(),
  /** Parties a plain link shows, in order; absent means every party. */
  defaultParties: z.array(idSchema).min(1).optional(),
  presets: z
    .strictObject({
      parties: z.array(presetSchema).default([]),
      issues: z.array(presetSchema).default([]),
    })
    .default({ parties: [], issues: [] }),
  territory: territoryCaseSchema.optional(),
});
export type Case = z.infer<typeof caseSchema>;
