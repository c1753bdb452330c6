import { describe, expect, it } from 'vitest';
import { toQueryString } from './params';
import {
  defaultTerritoryView,
  parseTerritoryView,
  serializeTerritoryView,
  shareTerritoryView,
  type TerritoryContext,
} from './territory';

const ctx: TerritoryContext = {
  seriesIds: ['alpha', 'beta', 'daily'],
  months: ['2025-09', '2025-10', '2025-11', '2026-02'],
  dateRange: { min: '2022-02-22', max: '2026-08-21' },
  defaults: { month: '2025-11', from: '2025-06-01', to: '2026-08-21' },
};
const noDaily: TerritoryContext = {
  ...ctx,
  seriesIds: ['alpha'],
  dateRange: null,
  defaults: { month: '2025-11', from: null, to: null },
};

const parse = (query: string, context = ctx) => parseTerritoryView(new URLSearchParams(query), context);

describe('parseTerritoryView', () => {
  it('gives the default view, with no notices, for an empty query', () => {
    expect(parse('')).toEqual({ view: defaultTerritoryView(ctx), notices: [] });
    expect(defaultTerritoryView(ctx)).toEqual({
      month: '2025-11',
      unit: 'km2',
      display: 'chart',
      series: ['alpha', 'beta', 'daily'],
      from: '2025-06-01',
      to: '2026-08-21',
    });
  });

  it('reads every parameter', () => {
    expect(parse('month=2026-02&unit=sqmi&display=table&series=beta&from=2025-01-01&to=2025-12-31')).toEqual({
      view: {
        month: '2026-02',
        unit: 'sqmi',
        display: 'table',
        series: ['beta'],
        from: '2025-01-01',
        to: '2025-12-31',
      },
      notices: [],
    });
  });

  it('keeps the series in the data’s order whatever order the link gives', () => {
    expect(parse('series=daily,alpha').view.series).toEqual(['alpha', 'daily']);
  });

  it('reads an emptied series list as "none", and a form’s repeated keys as one list', () => {
    expect(parse('series=').view.series).toEqual([]);
    expect(parse('series=&series=beta&series=alpha').view.series).toEqual(['alpha', 'beta']);
  });

  it('ignores a month without figures, or not written YYYY-MM, and says why', () => {
    expect(parse('month=2030-01')).toEqual({
      view: defaultTerritoryView(ctx),
      notices: ['Ignored “month” “2030-01”: no source has figures for that month.'],
    });
    expect(parse('month=November').notices).toEqual([
      'Ignored “month” “November”: not a month written YYYY-MM.',
    ]);
  });

  it('reports bad choices, unknown series and unknown keys, and uses defaults for them', () => {
    const { view, notices } = parse('unit=acres&display=pie&series=alpha,gamma&utm_source=x');
    expect(view).toEqual({ ...defaultTerritoryView(ctx), series: ['alpha'] });
    expect(notices).toEqual([
      'Ignored unknown parameter “utm_source”.',
      'Ignored unknown series “gamma”.',
      'Ignored “unit” “acres”: expected one of km2, sqmi.',
      'Ignored “display” “pie”: expected one of chart, table.',
    ]);
  });

  it('ignores dates outside the daily series, and a range that ends before it starts', () => {
    expect(parse('from=2030-01-01').notices).toEqual([
      'Ignored “from” “2030-01-01”: outside 2022-02-22 to 2026-08-21.',
    ]);
    const backwards = parse('from=2026-01-01&to=2025-01-01');
    expect([backwards.view.from, backwards.view.to]).toEqual(['2025-06-01', '2026-08-21']);
    expect(backwards.notices).toEqual([
      'Ignored the range “2026-01-01” to “2025-01-01”: it ends before it starts.',
    ]);
  });

  it('checks a lone end date against the default start', () => {
    expect(parse('to=2025-03-01').notices).toEqual([
      'Ignored the range “2025-06-01” to “2025-03-01”: it ends before it starts.',
    ]);
    expect(parse('to=2025-12-31').view).toMatchObject({ from: '2025-06-01', to: '2025-12-31' });
  });

  it('ignores a range when the case has no daily series', () => {
    expect(parse('from=2025-01-01', noDaily)).toEqual({
      view: defaultTerritoryView(noDaily),
      notices: ['Ignored “from”: there is no daily series to show a range of.'],
    });
  });
});

describe('serializeTerritoryView', () => {
  it('writes one spelling per view: fixed order, defaults left out', () => {
    expect(toQueryString(serializeTerritoryView(defaultTerritoryView(ctx), ctx))).toBe('');
    const view = { ...defaultTerritoryView(ctx), to: '2025-12-31', unit: 'sqmi' as const, month: '2026-02' };
    expect(toQueryString(serializeTerritoryView(view, ctx))).toBe('?month=2026-02&unit=sqmi&to=2025-12-31');
  });

  it('writes an emptied series list, which differs from the default', () => {
    const view = { ...defaultTerritoryView(ctx), series: [] };
    expect(toQueryString(serializeTerritoryView(view, ctx))).toBe('?series=');
    expect(parseTerritoryView(serializeTerritoryView(view, ctx), ctx)).toEqual({ view, notices: [] });
  });
});

describe('shareTerritoryView', () => {
  it('pins the month and the range, so the link shows the same view after the data moves on', () => {
    expect(toQueryString(shareTerritoryView(defaultTerritoryView(ctx), ctx))).toBe(
      '?month=2025-11&from=2025-06-01&to=2026-08-21',
    );
  });

  it('pins nothing that does not exist', () => {
    expect(toQueryString(shareTerritoryView(defaultTerritoryView(noDaily), noDaily))).toBe('?month=2025-11');
  });
});
