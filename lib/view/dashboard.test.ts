import { describe, expect, it } from 'vitest';
import {
  type DashboardContext,
  defaultDashboardView,
  parseDashboardView,
  serializeDashboardView,
} from './dashboard';
import { toQueryString } from './params';

const ctx: DashboardContext = {
  partyIds: ['russia', 'ukraine', 'united-states', 'nato'],
  issueIds: ['donbas', 'nato-membership', 'frozen-assets'],
  dateRange: { min: '2025-11-15', max: '2025-12-31' },
};

const parse = (query: string) => parseDashboardView(new URLSearchParams(query), ctx);

describe('parseDashboardView', () => {
  it('gives the default view, with no notices, for an empty query', () => {
    expect(parse('')).toEqual({ view: defaultDashboardView(ctx), notices: [] });
  });

  it('reads every parameter', () => {
    const { view, notices } = parse(
      'mode=compare&parties=ukraine,russia&issues=nato-membership&rows=parties&sort=divergence&q=nato&asof=2025-12-01&cell=russia:donbas',
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      mode: 'compare',
      parties: ['ukraine', 'russia'],
      issues: ['nato-membership'],
      rows: 'parties',
      sort: 'divergence',
      q: 'nato',
      from: null,
      asOf: '2025-12-01',
      cell: { party: 'russia', issue: 'donbas' },
    });
  });

  it('drops unknown party ids, keeps the rest in order, and says what it dropped', () => {
    const { view, notices } = parse('parties=ukraine,atlantis,russia,ukraine');
    expect(view.parties).toEqual(['ukraine', 'russia']);
    expect(notices).toEqual(['Ignored unknown party “atlantis”.']);
  });

  it('falls back to every party when none of the given ones is known', () => {
    const { view, notices } = parse('parties=atlantis');
    expect(view.parties).toEqual(ctx.partyIds);
    expect(notices).toContain('No known party in “parties”; showing the default.');
  });

  it('reports bad choices, bad dates, bad cells and unknown keys, and uses defaults for them', () => {
    const { view, notices } = parse('mode=pie&asof=2025-13-01&cell=russia:gas&utm_source=x');
    expect(view).toEqual(defaultDashboardView(ctx));
    expect(notices).toEqual([
      'Ignored unknown parameter “utm_source”.',
      'Ignored “asof” “2025-13-01”: not a date written YYYY-MM-DD.',
      'Ignored “mode” “pie”: expected one of matrix, compare, changes.',
      'Ignored “cell” “russia:gas”: expected a known party and issue, as party:issue.',
    ]);
  });

  it('ignores an as-of date outside the evidence window', () => {
    expect(parse('asof=2024-01-01').view.asOf).toBeNull();
  });

  it('uses the first of repeated keys and says so', () => {
    const { view, notices } = parse('mode=compare&mode=matrix');
    expect(view.mode).toBe('compare');
    expect(notices).toEqual(['“mode” was given 2 times; used the first.']);
  });

  it('shortens a long text filter and ignores an oversized value', () => {
    expect(parse(`q=${'a'.repeat(150)}`).view.q).toHaveLength(100);
    const { view, notices } = parse(`parties=${'x'.repeat(5000)}`);
    expect(view.parties).toEqual(ctx.partyIds);
    expect(notices).toEqual(['Ignored “parties”: the value is too long.']);
  });
});

describe('serializeDashboardView', () => {
  const view = {
    ...defaultDashboardView(ctx),
    mode: 'compare' as const,
    parties: ['russia', 'ukraine'],
    cell: { party: 'russia', issue: 'donbas' },
  };

  it('leaves defaults out of an ordinary link', () => {
    expect(toQueryString(serializeDashboardView(view, ctx))).toBe(
      '?mode=compare&parties=russia,ukraine&cell=russia:donbas',
    );
  });

  it('writes every parameter, in a fixed order, in a canonical link', () => {
    expect(toQueryString(serializeDashboardView(view, ctx, { canonical: true }))).toBe(
      '?mode=compare&parties=russia,ukraine&issues=donbas,nato-membership,frozen-assets&rows=issues&sort=data&asof=2025-12-31&cell=russia:donbas',
    );
  });

  it('reads back what it wrote', () => {
    expect(parseDashboardView(serializeDashboardView(view, ctx), ctx)).toEqual({ view, notices: [] });
  });

  it('pins a canonical link to the latest date, and otherwise reads back the same view', () => {
    expect(parseDashboardView(serializeDashboardView(view, ctx, { canonical: true }), ctx)).toEqual({
      view: { ...view, asOf: '2025-12-31' },
      notices: [],
    });
  });
});

describe('the default view of a large dataset', () => {
  it('shows the first ten parties and every issue', () => {
    const partyIds = Array.from({ length: 40 }, (_, i) => `party-${i}`);
    const view = defaultDashboardView({ ...ctx, partyIds });
    expect(view.parties).toEqual(partyIds.slice(0, 10));
    expect(view.issues).toEqual(ctx.issueIds);
  });
});
