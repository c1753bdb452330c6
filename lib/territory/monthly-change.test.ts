import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DatedArea, monthlyChanges, partOfMonth } from './monthly-change';
import { m2ToKm2 } from './units';

/** The real daily file, read plainly: its first two columns are the date and the area in m². */
function realRows(): DatedArea[] {
  const dataDir = join(process.cwd(), 'data');
  const { territory } = JSON.parse(readFileSync(join(dataDir, 'case.json'), 'utf8'));
  const text = readFileSync(join(dataDir, territory.daily.file), 'utf8');
  const byDate = new Map<string, DatedArea>();
  for (const line of text.trim().split('\n').slice(1)) {
    const [date = '', area = ''] = line.split(',');
    byDate.set(date, { date, areaKm2: m2ToKm2(Number(area)) });
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

describe('monthlyChanges on the real daily series', () => {
  it('derives +595.7 km² for November 2025, from 31 October to 30 November', () => {
    const november = monthlyChanges(realRows()).find((c) => c.month === '2025-11');
    expect(november?.fromDate).toBe('2025-10-31');
    expect(november?.toDate).toBe('2025-11-30');
    expect(november?.fromKm2.toFixed(1)).toBe('119339.8');
    expect(november?.toKm2.toFixed(1)).toBe('119935.5');
    expect(november?.changeKm2.toFixed(1)).toBe('595.7');
  });

  it('starts with the first full month after the series begins', () => {
    const changes = monthlyChanges(realRows());
    expect(changes[0]?.month).toBe('2022-03');
    expect(changes[0]?.fromDate).toBe('2022-02-28');
  });
});

describe('monthlyChanges', () => {
  const row = (date: string, areaKm2: number) => ({ date, areaKm2 });

  it('measures between the last assessment of each month, even when a month ends early', () => {
    expect(monthlyChanges([row('2025-01-30', 100), row('2025-02-10', 90), row('2025-02-27', 130)])).toEqual([
      {
        month: '2025-02',
        fromDate: '2025-01-30',
        toDate: '2025-02-27',
        fromKm2: 100,
        toKm2: 130,
        changeKm2: 30,
        partial: { period: '31 January 2025 – 27 February 2025', short: 'to 27 Feb', through: '2025-02-27' },
      },
    ]);
  });

  it('says a month is only part of one where the series stops before its last day, and not otherwise', () => {
    const changes = monthlyChanges([
      row('2030-01-31', 10),
      row('2030-02-28', 12),
      row('2030-03-31', 15),
      row('2030-04-21', 16),
    ]);
    expect(changes.map((c) => c.partial?.short)).toEqual([undefined, undefined, 'to 21 Apr']);
    expect(changes.at(-1)?.partial?.period).toBe('1–21 April 2030');
    // A month the series goes on after is whole, though its last assessment came a day before its end.
    const early = monthlyChanges([row('2030-01-31', 10), row('2030-02-27', 12), row('2030-03-31', 15)]);
    expect(early.map((c) => c.partial)).toEqual([undefined, undefined]);
  });

  it('takes a leap year’s 29 February as the end of its month', () => {
    expect(partOfMonth('2028-02', '2028-01-31', '2028-02-29')).toBeUndefined();
    expect(partOfMonth('2028-02', '2028-01-31', '2028-02-28')?.short).toBe('to 28 Feb');
  });

  it('keeps a net loss negative rather than clamping it', () => {
    expect(monthlyChanges([row('2026-03-31', 50), row('2026-04-30', 45)])[0]?.changeKm2).toBe(-5);
  });
});
