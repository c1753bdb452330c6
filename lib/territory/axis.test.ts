import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceAxis, plotAxis } from './axis';

// Areas and changes as the data holds them: up to a million, to a hundredth.
const area = fc.integer({ min: -1e8, max: 1e8 }).map((n) => n / 100);

describe('niceAxis', () => {
  it('rounds to whole steps and always holds zero', () => {
    expect(niceAxis(0, 3790.4)).toEqual({ domain: [0, 4000], ticks: [0, 1000, 2000, 3000, 4000] });
    expect(niceAxis(-116, 701)).toEqual({ domain: [-250, 750], ticks: [-250, 0, 250, 500, 750] });
    expect(niceAxis(5, 10).domain[0]).toBe(0);
  });

  it('holds the data whatever it is, with a handful of ticks', () => {
    fc.assert(
      fc.property(area, area, (a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const { domain, ticks } = niceAxis(min, max);
        expect(domain[0]).toBeLessThanOrEqual(Math.min(0, min));
        expect(domain[1]).toBeGreaterThanOrEqual(Math.max(0, max));
        expect(ticks).toContain(0);
        expect(ticks.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});

describe('plotAxis', () => {
  it('places round steps of the unit shown where they fall in km², and labels them in that unit', () => {
    expect(plotAxis(niceAxis(-116, 701), 'km2', true)).toEqual({
      domain: [-250, 750],
      ticks: [-250, 0, 250, 500, 750],
      labels: ['−250', '0', '+250', '+500', '+750'],
    });
    const miles = plotAxis(niceAxis(-44.8, 270.66), 'sqmi', false);
    expect(miles.labels).toEqual(['−100', '0', '100', '200', '300']);
    // 100 sq mi is 258.998811 km².
    expect(miles.ticks[2]).toBeCloseTo(258.998811, 5);
    expect(miles.domain[1]).toBeCloseTo(3 * 258.998811, 5);
  });

  it('gives a unit-sized step its decimals', () => {
    expect(plotAxis(niceAxis(0, 1.2), 'sqmi', true).labels).toEqual(['0', '+0.50', '+1', '+1.50']);
  });
});
