import { describe, expect, it } from 'vitest';
import { rangePresets } from './daily-range';

describe('rangePresets', () => {
  const range = { min: '2022-02-22', max: '2026-08-21' };

  it('offers the month with a month either side, the case’s range, the last year and the whole series', () => {
    expect(
      rangePresets(
        range,
        { from: '2025-06-01', to: '2026-08-21' },
        { month: '2025-11', label: 'November 2025' },
      ),
    ).toEqual([
      { label: 'Around November 2025', from: '2025-10-01', to: '2025-12-31' },
      { label: 'Since 1 Jun 2025', from: '2025-06-01', to: '2026-08-21' },
      { label: 'Last 12 months', from: '2025-08-21', to: '2026-08-21' },
      { label: 'Whole series', from: '2022-02-22', to: '2026-08-21' },
    ]);
  });

  it('puts the months either side of any month, across year ends', () => {
    const around = (month: string) =>
      rangePresets(range, { from: range.min, to: range.max }, { month, label: month })[0];
    expect(around('2025-03')).toMatchObject({ from: '2025-02-01', to: '2025-04-30' });
    expect(around('2026-01')).toMatchObject({ from: '2025-12-01', to: '2026-02-28' });
    expect(around('2025-07')).toMatchObject({ from: '2025-06-01', to: '2025-08-31' });
  });

  it('keeps presets inside the series and drops repeats', () => {
    const presets = rangePresets(
      range,
      { from: range.min, to: range.max },
      {
        month: '2022-03',
        label: 'March 2022',
      },
    );
    expect(presets[0]).toEqual({ label: 'Around March 2022', from: '2022-02-22', to: '2022-04-30' });
    expect(presets.map((p) => p.label)).toEqual(['Around March 2022', 'Since 22 Feb 2022', 'Last 12 months']);
  });
});
