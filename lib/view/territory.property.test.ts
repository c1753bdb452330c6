import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaUnits } from '../schemas/closed-sets';
import { toQueryString } from './params';
import {
  parseTerritoryView,
  serializeTerritoryView,
  shareTerritoryView,
  type TerritoryContext,
  type TerritoryView,
  territoryDisplays,
  territoryKeys,
} from './territory';

const ctx: TerritoryContext = {
  seriesIds: ['afp-isw', 'deepstate', 'black-bird', 'daily-series'],
  months: ['2024-03', '2025-11', '2025-12', '2026-02'],
  dateRange: { min: '2022-02-22', max: '2026-08-21' },
  defaults: { month: '2025-11', from: '2025-06-01', to: '2026-08-21' },
};

const keys = [...territoryKeys, 'x', '<script>', '%00'];
const hostileValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('<script>alert(1)</script>', '2025-13-01', '2025-02-30', '2025-11', '\u0000', 'a,,b'),
  fc.constantFrom('x'.repeat(8192), `${'afp-isw,'.repeat(1200)}deepstate`),
  fc.array(fc.constantFrom(...ctx.seriesIds, 'atlantis'), { maxLength: 8 }).map((ids) => ids.join(',')),
  fc.constantFrom(...ctx.months, '2030-01'),
);
const rawQuery = fc.array(fc.tuple(fc.constantFrom(...keys), hostileValue), { maxLength: 12 });

const date = fc
  .integer({ min: Date.UTC(2022, 1, 22), max: Date.UTC(2026, 7, 21) })
  .map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
const view: fc.Arbitrary<TerritoryView> = fc
  .record({
    month: fc.constantFrom(...ctx.months),
    unit: fc.constantFrom(...areaUnits),
    display: fc.constantFrom(...territoryDisplays),
    series: fc.subarray([...ctx.seriesIds]),
    range: fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
  })
  .map(({ range: [from = null, to = null], ...rest }) => ({ ...rest, from, to }));

describe('territory URL parsing, over generated input', () => {
  it('never throws, and always returns a view made of known values', () => {
    fc.assert(
      fc.property(rawQuery, (pairs) => {
        const params = new URLSearchParams();
        for (const [key, value] of pairs) params.append(key, value);
        const { view: parsed, notices } = parseTerritoryView(params, ctx);
        expect(ctx.months).toContain(parsed.month);
        expect(parsed.series.every((id) => ctx.seriesIds.includes(id))).toBe(true);
        expect(parsed.from !== null && parsed.to !== null && parsed.from <= parsed.to).toBe(true);
        expect(notices.length).toBeLessThanOrEqual(9);
      }),
      { numRuns: 5_000 },
    );
  }, 60_000);

  it('reads back exactly the view it serialised, and the one it shared, through the text of a link', () => {
    fc.assert(
      fc.property(view, (v) => {
        for (const params of [serializeTerritoryView(v, ctx), shareTerritoryView(v, ctx)]) {
          const link = toQueryString(params);
          expect(parseTerritoryView(new URLSearchParams(link), ctx)).toEqual({ view: v, notices: [] });
        }
      }),
      { numRuns: 5_000 },
    );
  }, 60_000);
});
