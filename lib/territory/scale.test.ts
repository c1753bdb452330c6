import { describe, expect, it } from 'vitest';
import { dayScale, yScale } from './scale';

describe('yScale', () => {
  it('puts the domain’s top at 0 and its bottom at the height, to a tenth', () => {
    const y = yScale([-250, 750], 264);
    expect([y(750), y(0), y(-250)]).toEqual([0, 198, 264]);
    expect([y(100), y(1)]).toEqual([171.6, 197.7]);
  });

  it('draws a flat domain without dividing by zero', () => {
    expect(yScale([0, 0], 80)(0)).toBe(0);
  });
});

describe('dayScale', () => {
  it('spreads the range’s days across the width, a one-day range included', () => {
    expect(dayScale(446, 1000)(223)).toBe(500);
    expect(dayScale(0, 1000)(0)).toBe(0);
  });
});
