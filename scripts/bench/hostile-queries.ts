// Query strings a hostile or careless crawler sends: every parameter either view defines plus unknown ones, with
// odd, malformed and oversized values. Seeded, so every run sends the same ones. The bench's memory section and
// the e2e security test both draw from here.
import fc from 'fast-check';
import { dashboardKeys } from '../../lib/view/dashboard';
import { territoryKeys } from '../../lib/view/territory';

export type HostileOptions = {
  /** Parameters no view defines, sent beside the real ones. */
  unknownKeys: string[];
  /** Values worth sending on purpose (markup, broken encodings, oversized text), beside random ones. */
  oddValues: string[];
  seed?: number;
};

/** `count` raw query strings (without `?`) of 1 to 6 parameters each. */
export function hostileQueries(count: number, { unknownKeys, oddValues, seed = 20251204 }: HostileOptions) {
  const keys = [...new Set([...dashboardKeys, ...territoryKeys]), ...unknownKeys];
  const value = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(...oddValues),
  );
  const queries = fc.sample(
    fc.array(fc.tuple(fc.constantFrom(...keys), value), { minLength: 1, maxLength: 6 }),
    { numRuns: count, seed },
  );
  // Raw text, so malformed percent-encoding reaches the server as sent.
  return queries.map((pairs) =>
    pairs.map(([k, v]) => `${k}=${v.includes('%') ? v : encodeURIComponent(v)}`).join('&'),
  );
}

/** `count` distinct paths over / and /territory; the index in each query keeps them distinct. */
export function hostileViews(count: number, seed = 20251204): string[] {
  const queries = hostileQueries(count, {
    unknownKeys: ['x', 'utm_source'],
    oddValues: ['<script>alert(1)</script>', '%E0%A4%A', '%', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(2000)],
    seed,
  });
  return queries.map((query, i) => `${i % 2 === 0 ? '/' : '/territory'}?${query}&n=${i}`);
}
