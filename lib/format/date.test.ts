import { describe, expect, it } from 'vitest';
import { formatDayRange, formatDaySpan, formatMonthName, formatShortDate, formatShortMonth } from './date';

describe('date formatting', () => {
  it('writes a month short for an axis, and its bare name where the year is plain', () => {
    expect(formatShortMonth('2025-11')).toBe('Nov 2025');
    expect(formatMonthName('2030-03')).toBe('March');
    expect(formatShortDate('2025-12-02')).toBe('2 Dec 2025');
  });

  it('writes a span between two days with years only where it crosses one', () => {
    expect(formatDaySpan('2025-10-31', '2025-11-30')).toBe('31 Oct → 30 Nov');
    expect(formatDaySpan('2025-12-31', '2026-01-31')).toBe('31 Dec 2025 → 31 Jan 2026');
  });

  it('writes one day, or a run of days without repeating its month or year', () => {
    expect(formatDayRange('2025-12-02')).toBe('2 Dec 2025');
    expect(formatDayRange('2025-12-02', '2025-12-02')).toBe('2 Dec 2025');
    expect(formatDayRange('2025-12-04', '2025-12-06')).toBe('4–6 Dec 2025');
    expect(formatDayRange('2025-11-30', '2025-12-02')).toBe('30 Nov – 2 Dec 2025');
    expect(formatDayRange('2025-12-30', '2026-01-02')).toBe('30 Dec 2025 – 2 Jan 2026');
  });
});
