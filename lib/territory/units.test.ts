import { describe, expect, it } from 'vitest';
import { economistDenominator, sharePercent, statisticsServiceDenominator } from './denominators';
import { km2ToSqMi, km2ToUnit, m2ToKm2 } from './units';

describe('area units', () => {
  it('converts with the exact international square mile', () => {
    expect(km2ToSqMi(2.589988110336)).toBeCloseTo(1, 12);
  });

  it('shows that 701 km² is 270.66 sq mi, which AFP published as 270', () => {
    expect(km2ToSqMi(701)).toBeCloseTo(270.658, 3);
  });

  it('leaves km² untouched and converts m² by a million', () => {
    expect(km2ToUnit(701, 'km2')).toBe(701);
    expect(m2ToKm2(595_700_000)).toBe(595.7);
  });
});

describe('sharePercent', () => {
  it('reproduces the series’ own share with its 603,628 km² denominator', () => {
    expect(sharePercent(119_935.5, economistDenominator).toFixed(3)).toBe('19.869');
  });

  it('moves a ~19 % share by only thousandths of a point between denominators', () => {
    const gap =
      sharePercent(119_935.5, statisticsServiceDenominator) - sharePercent(119_935.5, economistDenominator);
    expect(gap).toBeGreaterThan(0.002);
    expect(gap).toBeLessThan(0.003);
  });
});
