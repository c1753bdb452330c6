import { describe, expect, it } from 'vitest';
import { computedArea, km2ToSqMi, km2ToUnit, m2ToKm2, publishedArea, publishedNumber } from './units';

describe('area units', () => {
  it('converts with the exact international square mile', () => {
    expect(km2ToSqMi(2.589988110336)).toBeCloseTo(1, 12);
  });

  it('shows that 701 km² is 270.66 sq mi, which its publisher printed as 270', () => {
    expect(km2ToSqMi(701)).toBeCloseTo(270.658, 3);
    expect(publishedArea({ km2: 701, sqMiPublished: 270 }, 'sqmi', false)).toEqual({
      text: '270 sq mi',
      value: km2ToSqMi(701),
      exact: '270.66 sq mi',
    });
  });

  it('keeps a published km² figure exactly as printed, and converts when no miles were printed', () => {
    expect(publishedArea({ km2: 701 }, 'km2', false).text).toBe('701 km²');
    expect(publishedArea({ km2: 505 }, 'sqmi', false)).toMatchObject({
      text: '194.98 sq mi',
      exact: undefined,
    });
  });

  it('signs a net change either way with a true minus, and a gross figure never', () => {
    expect(publishedNumber(123, true)).toBe('+123');
    expect(publishedNumber(-37, true)).toBe('−37');
    expect(publishedNumber(0, true)).toBe('0');
    expect(publishedNumber(126, false)).toBe('126');
    expect(computedArea(595.7, 'km2', true)).toBe('+595.7 km²');
    expect(computedArea(-0.01, 'km2', true)).toBe('0.0 km²');
    expect(computedArea(595.7, 'sqmi', true)).toBe('+230.00 sq mi');
  });

  it('leaves km² untouched and converts m² by a million', () => {
    expect(km2ToUnit(701, 'km2')).toBe(701);
    expect(m2ToKm2(595_700_000)).toBe(595.7);
  });
});
