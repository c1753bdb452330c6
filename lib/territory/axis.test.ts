import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceAxis, plotAxis, timeTicks } from './axis';

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
  // 100 sq mi in km².
  const hundredMiles = 258.998811;

  it('places round steps of the unit shown where they fall in km², and labels them in that unit', () => {
    const km2 = plotAxis(-116, 701, 'km2', true);
    expect(km2.ticks).toEqual([-250, 0, 250, 500, 750]);
    expect(km2.labels).toEqual(['−250', '0', '+250', '+500', '+750']);
    const miles = plotAxis(-116, 701, 'sqmi', false);
    expect(miles.labels).toEqual(['−100', '0', '100', '200', '300']);
    expect(miles.ticks[2]).toBeCloseTo(hundredMiles, 5);
  });

  it('spans the same in every unit, wide enough for each unit’s round ends, so a switch keeps the scale', () => {
    const km2 = plotAxis(-116, 701, 'km2', true);
    const miles = plotAxis(-116, 701, 'sqmi', true);
    expect(miles.domain).toEqual(km2.domain);
    expect(km2.domain[0]).toBeCloseTo(-hundredMiles, 5);
    expect(km2.domain[1]).toBeCloseTo(3 * hundredMiles, 5);
    for (const axis of [km2, miles]) {
      for (const tick of axis.ticks) {
        expect(tick).toBeGreaterThanOrEqual(axis.domain[0]);
        expect(tick).toBeLessThanOrEqual(axis.domain[1]);
      }
    }
  });

  it('gives every tick the step’s decimals', () => {
    expect(plotAxis(0, 1.2, 'km2', true).labels).toEqual(['0.0', '+0.5', '+1.0', '+1.5']);
    expect(plotAxis(0, 0.9, 'km2', false).labels).toEqual(['0.00', '0.25', '0.50', '0.75', '1.00']);
    expect(plotAxis(0, 3790.4, 'km2', false).labels).toEqual(['0', '1,000', '2,000', '3,000', '4,000']);
  });
});

describe('timeTicks', () => {
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  const distinct = (labels: string[]) => new Set(labels).size === labels.length;

  it('labels days where a month would get more than one tick, and months where it would not', () => {
    // About three months: at a desktop's width weekly ticks, each its day; at a phone's, one tick a month.
    const desktop = timeTicks(day('2025-10-01'), day('2025-12-31'), 14);
    expect(desktop.labels.slice(0, 3)).toEqual(['6 Oct', '13 Oct', '20 Oct']);
    expect(desktop.ticks.length).toBeLessThanOrEqual(14);
    expect(distinct(desktop.labels)).toBe(true);
    expect(timeTicks(day('2025-10-01'), day('2025-12-31'), 5).labels).toEqual([
      'Oct 2025',
      'Nov 2025',
      'Dec 2025',
    ]);
  });

  it('labels month starts over longer ranges, every few months on round ones', () => {
    const year = timeTicks(day('2025-01-01'), day('2025-12-31'), 12);
    expect(year.labels).toEqual([
      'Jan 2025',
      'Feb 2025',
      'Mar 2025',
      'Apr 2025',
      'May 2025',
      'Jun 2025',
      'Jul 2025',
      'Aug 2025',
      'Sept 2025',
      'Oct 2025',
      'Nov 2025',
      'Dec 2025',
    ]);
    expect(timeTicks(day('2025-01-01'), day('2025-12-31'), 5).labels).toEqual([
      'Jan 2025',
      'Apr 2025',
      'Jul 2025',
      'Oct 2025',
    ]);
    const years = timeTicks(day('2022-02-24'), day('2026-06-30'), 6);
    expect(years.labels).toEqual(['Jan 2023', 'Jan 2024', 'Jan 2025', 'Jan 2026']);
  });

  it('never gives two ticks one label, whatever the range and width', () => {
    for (const [from, to] of [
      ['2025-11-01', '2025-11-30'],
      ['2025-10-15', '2026-02-10'],
      ['2024-06-01', '2026-06-01'],
      ['2025-12-30', '2026-01-02'],
    ] as const)
      for (const most of [2, 4, 8, 16]) {
        const { ticks, labels } = timeTicks(day(from), day(to), most);
        expect(ticks.length, `${from}–${to} at ${most}`).toBeLessThanOrEqual(most);
        expect(distinct(labels), `${from}–${to} at ${most}: ${labels.join(', ')}`).toBe(true);
        expect(ticks.every((t) => t >= day(from) && t <= day(to))).toBe(true);
      }
  });
});
