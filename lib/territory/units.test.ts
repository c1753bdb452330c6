import { describe, expect, it } from 'vitest';
import {
  computedArea,
  km2ToSqMi,
  km2ToUnit,
  m2ToKm2,
  milesMatch,
  publishedArea,
  publishedNumber,
} from './units';

describe('area units', () => {
  it('converts with the exact international square mile', () => {
    expect(km2ToSqMi(2.589988110336)).toBeCloseTo(1, 12);
  });

  it('shows that 701 km² is 270.66 sq mi, which its publisher printed as 270', () => {
    expect(km2ToSqMi(701)).toBeCloseTo(270.658, 3);
    expect(publishedArea({ km2: 701, sqMiPublished: 270 }, 'sqmi', false)).toEqual({
      text: '270 sq mi',
      value: km2ToSqMi(701),
      converted: '270.66 sq mi',
      unmatched: undefined,
    });
  });

  it('tells miles that match the km² within the rounding of both from miles that are a km-to-miles slip', () => {
    expect(milesMatch(701, 270)).toBe(true);
    expect(milesMatch(449, 173)).toBe(true);
    expect(milesMatch(259, 100)).toBe(true);
    expect(milesMatch(1.5, 0.6)).toBe(true);
    expect(milesMatch(461, 286)).toBe(false);
    expect(milesMatch(701, 272)).toBe(false);
    expect(milesMatch(19.3, 7.5)).toBe(true);
    expect(milesMatch(19.3, 7.6)).toBe(false);
    // Round numbers may be rounded to tens or hundreds: 1,500 km² is 579.15 sq mi, 500 km² 193.05.
    expect(milesMatch(1500, 580)).toBe(true);
    expect(milesMatch(500, 190)).toBe(true);
    expect(milesMatch(1000, 390)).toBe(true);
    expect(milesMatch(1500, 932)).toBe(false);
  });

  it('shows the conversion, not miles that do not match the km², and keeps those miles to say so', () => {
    expect(publishedArea({ km2: 461, sqMiPublished: 286 }, 'sqmi', true)).toEqual({
      text: '+177.99 sq mi',
      value: km2ToSqMi(461),
      converted: undefined,
      unmatched: '+286 sq mi',
    });
    expect(publishedArea({ km2: 461, sqMiPublished: 286 }, 'km2', true)).toMatchObject({
      text: '+461 km²',
      unmatched: '+286 sq mi',
    });
  });

  it('keeps a published km² figure exactly as printed, and converts when no miles were printed', () => {
    expect(publishedArea({ km2: 701 }, 'km2', false).text).toBe('701 km²');
    expect(publishedArea({ km2: 505 }, 'sqmi', false)).toMatchObject({
      text: '194.98 sq mi',
      converted: undefined,
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
