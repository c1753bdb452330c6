// Query strings a hostile or careless crawler sends: every parameter either view defines plus unknown ones, with
// odd, malformed and oversized values. Seeded, so every run sends the same ones.
import fc from 'fast-check';
import { dashboardKeys } from '../../lib/view/dashboard';
import { territoryKeys } from '../../lib/view/territory';

/** `count` distinct paths over / and /territory; the index in each query keeps them distinct. */
export function hostileViews(count: number, seed = 20251204): string[] {
  const keys = [...new Set([...dashboardKeys, ...territoryKeys]), 'x', 'utm_source'];
  const value = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('<script>alert(1)</script>', '%E0%A4%A', '%', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(2000)),
  );
  const queries = fc.sample(
    fc.array(fc.tuple(fc.constantFrom(...keys), value), { minLength: 1, maxLength: 6 }),
    {
      numRuns: count,
      seed,
    },
  );
  return queries.map((pairs, i) => {
    // Raw text, so malformed percent-encoding reaches the server as sent.
    const query = pairs.map(([k, v]) => `${k}=${v.includes('%') ? v : encodeURIComponent(v)}`).join('&');
    return `${i % 2 === 0 ? '/' : '/territory'}?${query}&n=${i}`;
  });
}
