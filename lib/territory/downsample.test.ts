import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsampleMinMax } from './downsample';

const id = (n: number) => n;

describe('downsampleMinMax', () => {
  it('returns short series unchanged', () => {
    expect(downsampleMinMax([3, 1, 2], id, 10)).toEqual([3, 1, 2]);
  });

  it('keeps a long series under the threshold', () => {
    const series = Array.from({ length: 8000 }, (_, i) => Math.sin(i / 50));
    expect(downsampleMinMax(series, id, 1000).length).toBeLessThanOrEqual(1000);
  });

  it('keeps the first, the last, the global extremes and the original order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1001, maxLength: 3000 }),
        (series) => {
          const indexed = series.map((v, i) => ({ v, i }));
          const kept = downsampleMinMax(indexed, (p) => p.v, 1000);
          expect(kept.length).toBeLessThanOrEqual(1000);
          expect(kept[0]?.i).toBe(0);
          expect(kept.at(-1)?.i).toBe(series.length - 1);
          expect(Math.max(...kept.map((p) => p.v))).toBe(Math.max(...series));
          expect(Math.min(...kept.map((p) => p.v))).toBe(Math.min(...series));
          for (let k = 1; k < kept.length; k++) expect((kept[k]?.i ?? 0) > (kept[k - 1]?.i ?? 0)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);
});
