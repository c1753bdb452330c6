import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DashboardContext,
  type DashboardView,
  dashboardKeys,
  dashboardModes,
  densities,
  issueSorts,
  matrixRowChoices,
  maxQueryLength,
  parseDashboardView,
  serializeDashboardView,
} from './dashboard';
import { toQueryString } from './params';

const ctx: DashboardContext = {
  partyIds: ['russia', 'ukraine', 'united-states', 'eu', 'e3', 'nato', 'belgium', 'ecb'],
  issueIds: ['donbas', 'nato-membership', 'frozen-assets', 'coercive-leverage', 'russian-gas'],
  defaultParties: ['russia', 'ukraine', 'united-states'],
  dateRange: { min: '2025-11-15', max: '2025-12-31' },
};

const keys = [...dashboardKeys, 'x', '<script>', '%00'];
const hostileValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '%E0%A4%A',
    '\u0000',
    'russia,,russia',
    'a:b:c',
  ),
  fc.constantFrom('r'.repeat(8192), `${'russia,'.repeat(1200)}ukraine`, '\u202e'.repeat(3000)),
  fc.array(fc.constantFrom(...ctx.partyIds, 'atlantis'), { maxLength: 12 }).map((ids) => ids.join(',')),
);
const rawQuery = fc.array(fc.tuple(fc.constantFrom(...keys), hostileValue), { maxLength: 12 });

const date = fc
  .integer({ min: Date.UTC(2025, 10, 15), max: Date.UTC(2025, 11, 31) })
  .map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
const view: fc.Arbitrary<DashboardView> = fc.record({
  mode: fc.constantFrom(...dashboardModes),
  parties: fc.uniqueArray(fc.constantFrom(...ctx.partyIds)),
  issues: fc.uniqueArray(fc.constantFrom(...ctx.issueIds)),
  rows: fc.constantFrom(...matrixRowChoices),
  density: fc.constantFrom(...densities),
  sort: fc.oneof(
    fc.constantFrom(...issueSorts),
    fc.constantFrom(...ctx.partyIds).map((id) => `party:${id}` as const),
  ),
  q: fc
    .string({ unit: 'grapheme', maxLength: 30 })
    .filter((q) => q.length <= maxQueryLength && q === q.trim()),
  from: fc.option(date, { nil: null }),
  asOf: fc.option(date, { nil: null }),
  cell: fc.option(
    fc.record({ party: fc.constantFrom(...ctx.partyIds), issue: fc.constantFrom(...ctx.issueIds) }),
    {
      nil: null,
    },
  ),
});

describe('dashboard URL parsing, over generated input', () => {
  it('never throws, and always returns a view made of known values', () => {
    fc.assert(
      fc.property(rawQuery, (pairs) => {
        const params = new URLSearchParams();
        for (const [key, value] of pairs) params.append(key, value);
        const { view: parsed, notices } = parseDashboardView(params, ctx);
        expect(parsed.parties.every((id) => ctx.partyIds.includes(id))).toBe(true);
        expect(parsed.issues.every((id) => ctx.issueIds.includes(id))).toBe(true);
        expect(parsed.q.length).toBeLessThanOrEqual(maxQueryLength);
        expect(notices.length).toBeLessThanOrEqual(9);
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);

  it('reads back exactly the view it serialised, through the text of a real link', () => {
    fc.assert(
      fc.property(view, (v) => {
        fc.pre(v.from === null || v.asOf === null || v.from <= v.asOf);
        fc.pre(!v.sort.startsWith('party:') || v.parties.includes(v.sort.slice('party:'.length)));
        const link = toQueryString(serializeDashboardView(v, ctx));
        expect(parseDashboardView(new URLSearchParams(link), ctx)).toEqual({ view: v, notices: [] });
      }),
      { numRuns: 10_000 },
    );
  }, 60_000);
});
