import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, formatMonth } from './date';
import { formatNumber, formatPublished, formatSigned } from './number';

describe('formatting', () => {
  it('keeps a published figure exactly as published', () => {
    expect(formatPublished(19.3)).toBe('19.3');
    expect(formatPublished(701)).toBe('701');
    expect(formatPublished(19.04)).toBe('19.04');
  });

  it('writes changes with a sign and a true minus', () => {
    expect(formatSigned(595.7)).toBe('+595.7');
    expect(formatSigned(-12)).toBe('−12.0');
  });

  it('groups thousands', () => {
    expect(formatNumber(119935.5, 1)).toBe('119,935.5');
  });

  it('writes dates in UTC whatever the server zone', () => {
    expect(formatDate('2025-12-02')).toBe('2 December 2025');
    expect(formatMonth('2025-11')).toBe('November 2025');
  });
});

describe('day arithmetic', () => {
  it('counts days across a month end and adds them back', () => {
    expect(daysBetween('2025-11-15', '2025-12-28')).toBe(43);
    expect(addDays('2025-11-15', 43)).toBe('2025-12-28');
  });
});
