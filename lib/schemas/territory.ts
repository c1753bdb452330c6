import { z } from 'zod';
import { idSchema, isoDateSchema, isoMonthSchema, nonEmptyText } from './common';

export const monthlySeriesIds = ['afp-isw', 'deepstate'] as const;
export type MonthlySeriesId = (typeof monthlySeriesIds)[number];

export const figureStatuses = ['verified', 'revised', 'preliminary', 'secondary'] as const;

export const monthlySeriesSchema = z.strictObject({
  id: z.enum(monthlySeriesIds),
  name: nonEmptyText,
  publisher: nonEmptyText,
  /** What the publisher counts, in its own words where it gave them. */
  definition: nonEmptyText,
  definitionSource: idSchema,
  credit: nonEmptyText,
});
export type MonthlySeries = z.infer<typeof monthlySeriesSchema>;

const nonNegativeArea = z.number().nonnegative('an area cannot be negative');

export const monthlyFigureSchema = z.strictObject({
  id: idSchema,
  series: z.enum(monthlySeriesIds),
  /** The calendar month the gain belongs to; a partial month says so in `period`. */
  month: isoMonthSchema,
  /** Net gain exactly as published. */
  gainKm2: nonNegativeArea,
  /** Only where the publisher gave miles itself; never a conversion of ours. */
  gainSqMiPublished: nonNegativeArea.optional(),
  /** Share of Ukraine under Russian control at the month's end, as published. */
  sharePercentPublished: z.number().min(0).max(100).optional(),
  /** The share as worded when it is not a plain number ("nearly 19 percent"). */
  shareText: nonEmptyText.optional(),
  period: nonEmptyText.optional(),
  status: z.enum(figureStatuses),
  quote: nonEmptyText,
  source: idSchema,
  note: nonEmptyText.optional(),
});
export type MonthlyFigure = z.infer<typeof monthlyFigureSchema>;

export const monthlyFiguresFileSchema = z.strictObject({
  series: z.array(monthlySeriesSchema).min(1),
  figures: z.array(monthlyFigureSchema).min(1),
});

/** One row of the Economist/ISW daily CSV, after its text cells are read as numbers. Areas are m². */
export const dailyAreaRowSchema = z.strictObject({
  date: isoDateSchema,
  areaM2: nonNegativeArea,
  changeM2: z.number().nullable(),
  change7dM2: z.number().nullable(),
  change30dM2: z.number().nullable(),
  percent: z.number().min(0).max(100),
});
export type DailyAreaRow = z.infer<typeof dailyAreaRowSchema>;
