import { describe, expect, it } from 'vitest';
import {
  type DashboardContext,
  defaultDashboardView,
  parseDashboardView,
  serializeDashboardView,
  shareDashboardView,
} from './dashboard';
import { toQueryString } from './params';

const ctx: DashboardContext = {
  partyIds: ['russia', 'ukraine', 'united-states', 'nato'],
  issueIds: ['donbas', 'nato-membership', 'frozen-assets'],
  defaultParties: ['russia', 'ukraine', 'united-states', 'nato'],
  dateRange: { min: '2025-11-15', max: '2025-12-31' },
};

const parse = (query: string) => parseDashboardView(new URLSearchParams(query), ctx);

describe('parseDashboardView', () => {
  it('gives the default view, with no notices, for an empty query', () => {
    expect(parse('')).toEqual({ view: defaultDashboardView(ctx), notices: [] });
  });

  it('reads every parameter', () => {
    const { view, notices } = parse(
      'mode=compare&parties=ukraine,russia&issues=nato-membership&rows=parties&density=comfortable&sort=divergence&q=nato&asof=2025-12-01&cell=russia:donbas',
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      mode: 'compare',
      parties: ['ukraine', 'russia'],
      issues: ['nato-membership'],
      rows: 'parties',
      density: 'comfortable',
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

  it('uses the first of a repeated single value and says so', () => {
    const { view, notices } = parse('mode=compare&mode=matrix');
    expect(view.mode).toBe('compare');
    expect(notices).toEqual(['“mode” was given 2 times; used the first.']);
  });

  it('joins a repeated list key into one list, as a form with checkboxes sends it', () => {
    expect(parse('parties=&parties=ukraine&parties=russia').view.parties).toEqual(['ukraine', 'russia']);
  });

  it('reads an empty list as "none chosen", not as the default', () => {
    const { view, notices } = parse('parties=&issues=');
    expect(view.parties).toEqual([]);
    expect(view.issues).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('sorts by a shown party, and reports an unknown or hidden one', () => {
    expect(parse('sort=party:ukraine').view.sort).toBe('party:ukraine');
    expect(parse('parties=russia&sort=party:ukraine')).toMatchObject({
      view: { sort: 'data' },
      notices: ['Ignored “sort” “party:ukraine”: that party is not shown.'],
    });
    expect(parse('sort=party:atlantis').notices).toEqual([
      'Ignored “sort” “party:atlantis”: expected data, divergence or party:<a party>.',
    ]);
  });

  it('ignores a start date after the as-of date', () => {
    const { view, notices } = parse('from=2025-12-20&asof=2025-12-01');
    expect(view.from).toBeNull();
    expect(notices).toEqual(['Ignored “from” “2025-12-20”: it is after “asof”.']);
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

  it('writes one spelling per view: fixed order, defaults left out', () => {
    expect(toQueryString(serializeDashboardView(view, ctx))).toBe(
      '?mode=compare&parties=russia,ukraine&cell=russia:donbas',
    );
    expect(toQueryString(serializeDashboardView(defaultDashboardView(ctx), ctx))).toBe('');
  });

  it('writes an emptied list, which differs from the default', () => {
    expect(toQueryString(serializeDashboardView({ ...view, parties: [] }, ctx))).toBe(
      '?mode=compare&parties=&cell=russia:donbas',
    );
  });

  it('reads back what it wrote', () => {
    expect(parseDashboardView(serializeDashboardView(view, ctx), ctx)).toEqual({ view, notices: [] });
  });
});

describe('shareDashboardView', () => {
  const view = { ...defaultDashboardView(ctx), mode: 'changes' as const };

  it('pins the dates the view resolved, so later reports do not change what the link shows', () => {
    expect(toQueryString(shareDashboardView(view, ctx, { asOf: '2025-12-31', from: '2025-12-02' }))).toBe(
      '?mode=changes&from=2025-12-02&asof=2025-12-31',
    );
  });

  it('keeps dates the reader chose', () => {
    const chosen = { ...view, mode: 'matrix' as const, asOf: '2025-12-10' };
    expect(toQueryString(shareDashboardView(chosen, ctx, { asOf: '2025-12-31', from: null }))).toBe(
      '?asof=2025-12-10',
    );
  });
});
