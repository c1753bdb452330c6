// Builders of made-up territory records for unit tests: a source, a published monthly figure, a day of the daily
// series (its percent of a 1,000 km² region).
import type { DailyAreaRow, MonthlyFigure, Source } from '../schemas';

export const testSource = (id: string, publishedOn: string | null = '2026-03-02'): Source => ({
  id,
  title: `Report ${id}`,
  publisher: `Publisher ${id}`,
  publishedOn,
  url: `https://example.org/${id}`,
  kind: 'news-report',
});

export const testFigure = (
  id: string,
  series: string,
  month: string,
  gainKm2: number,
  extra: Partial<MonthlyFigure> = {},
): MonthlyFigure => ({
  id,
  series,
  month,
  gainKm2,
  status: 'verified',
  quote: `Quote ${id}`,
  source: 'report-a',
  ...extra,
});

export const testDay = (date: string, km2: number): DailyAreaRow => ({
  date,
  areaM2: km2 * 1e6,
  changeM2: null,
  change7dM2: null,
  change30dM2: null,
  percent: (km2 / 1000) * 100,
});

/** The case's settings of a daily series read from a CSV whose percent column divides by the region's own area. */
export const testDailySettings = (credit = 'Daily Mapper') => ({
  file: 'territory/daily.csv',
  columns: {
    date: 'd',
    areaM2: 'a',
    changeM2: 'c',
    change7dM2: 'c7',
    change30dM2: 'c30',
    percent: 'p',
  },
  name: 'Daily area series',
  source: 'daily-src',
  credit,
  denominator: 'own',
  definition: 'Area assessed as held.',
});
