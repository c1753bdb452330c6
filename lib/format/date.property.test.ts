import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatMonthName, formatShortDate, formatShortMonth } from './date';

// The formatters spell dates by hand; they must write exactly what en-GB's Intl writes, on every day.
const en = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
const long = en({ day: 'numeric', month: 'long', year: 'numeric' });
const short = en({ day: 'numeric', month: 'short', year: 'numeric' });
const month = en({ month: 'long', year: 'numeric' });
const shortMonth = en({ month: 'short', year: 'numeric' });
const monthName = en({ month: 'long' });

const anyDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));

describe('date formatting against Intl (en-GB)', () => {
  it('writes every day and month as Intl does', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const iso = day.toISOString().slice(0, 10);
        const isoMonth = iso.slice(0, 7);
        expect(formatDate(iso)).toBe(long.format(day));
        expect(formatShortDate(iso)).toBe(short.format(day));
        expect(formatMonth(isoMonth)).toBe(month.format(day));
        expect(formatShortMonth(isoMonth)).toBe(shortMonth.format(day));
        expect(formatMonthName(isoMonth)).toBe(monthName.format(day));
      }),
      { numRuns: 2000 },
    );
  });
});
