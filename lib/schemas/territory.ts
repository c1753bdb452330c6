import { z } from 'zod';
import { monthlyMeasures } from './closed-sets';
import { boundedText, idSchema, isoDateSchema, isoMonthSchema, nonEmptyText, shortText } from './common';

export const figureStatuses = ['verified', 'revised', 'preliminary', 'secondary'] as const;
export type FigureStatus = (typeof figureStatuses)[number];

export const monthlySeriesSchema = z.strictObject({
  id: idSchema,
  name: shortText,
  publisher: shortText,
  /** Gross: ground taken in the month. Net: taken minus retaken, which may be negative. */
  measure: z.enum(monthlyMeasures),
  /** What the publisher counts, in its own words where it gave them. */
  definition: nonEmptyText,
  definitionSource: idSchema,
  credit: shortText,
  /** What a reader should keep in mind: how the series differs from the others, doubts about its method. */
  note: nonEmptyText.optional(),
});
export type MonthlySeries = z.infer<typeof monthlySeriesSchema>;

const nonNegativeArea = z.number().nonnegative('an area cannot be negative');

export const monthlyFigureSchema = z.strictObject({
  id: idSchema,
  series: idSchema,
  /** The calendar month the change belongs to; a partial month says so in `period`. */
  month: isoMonthSchema,
  /** The month's change exactly as published; negative only for a net series. */
  gainKm2: z.number(),
  /** Only where the publisher gave miles itself; never a conversion of ours. */
  gainSqMiPublished: z.number().optional(),
  /** Share of the country under the holder's control at the month's end, as published. */
  sharePercentPublished: z.number().min(0).max(100).optional(),
  /** The share as worded when it is not a plain number ("nearly 19 percent"). */
  shareText: shortText.optional(),
  period: shortText.optional(),
  status: z.enum(figureStatuses),
  quote: boundedText('quote'),
  source: idSchema,
  note: nonEmptyText.optional(),
  /** Where another report of the same month by the same publisher gives another number: both kept, and said. */
  conflict: nonEmptyText.optional(),
});
export type MonthlyFigure = z.infer<typeof monthlyFigureSchema>;

export const monthlyFiguresFileSchema = z.strictObject({
  series: z.array(monthlySeriesSchema).min(1),
  figures: z.array(monthlyFigureSchema),
});

/** One row of the daily area CSV, after its text cells are read as numbers. Areas are m². */
export const dailyAreaRowSchema = z.strictObject({
  date: isoDateSchema,
  areaM2: nonNegativeArea,
  changeM2: z.number().nullable(),
  change7dM2: z.number().nullable(),
  change30dM2: z.number().nullable(),
  percent: z.number().min(0).max(100),
});
export type DailyAreaRow = z.infer<typeof dailyAreaRowSchema>;
