import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { readDataFiles } from '../data/read-files';
import { monthlyChange, monthlyChanges } from './monthly-change';

function realRows() {
  const parsed = buildDataset(readDataFiles(join(process.cwd(), 'data')));
  if (!parsed.ok || !parsed.value.territory.daily) throw new Error('the real data should parse');
  return parsed.value.territory.daily.rows;
}

describe('monthlyChange on the real Economist/ISW series', () => {
  it('derives +595.7 km² for November 2025, from 31 October to 30 November', () => {
    const november = monthlyChange(realRows(), '2025-11');
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
  const row = (date: string, km2: number) => ({
    date,
    areaM2: km2 * 1e6,
    changeM2: null,
    change7dM2: null,
    change30dM2: null,
    percent: 0,
  });

  it('measures between the last assessment of each month, even when a month ends early', () => {
    const changes = monthlyChanges([row('2025-01-30', 100), row('2025-02-10', 90), row('2025-02-27', 130)]);
    expect(changes).toEqual([
      {
        month: '2025-02',
        fromDate: '2025-01-30',
        toDate: '2025-02-27',
        fromKm2: 100,
        toKm2: 130,
        changeKm2: 30,
      },
    ]);
  });

  it('keeps a net loss negative rather than clamping it', () => {
    expect(monthlyChanges([row('2026-03-31', 50), row('2026-04-30', 45)])[0]?.changeKm2).toBe(-5);
  });
});
