import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalHref, isViewPath, type ViewContexts } from './canonical';
import { dashboardKeys } from './dashboard';
import { territoryKeys } from './territory';

const contexts: ViewContexts = {
  dashboard: {
    partyIds: ['russia', 'ukraine', 'united-states', 'nato'],
    issueIds: ['donbas', 'nato-membership', 'frozen-assets'],
    defaultParties: ['russia', 'ukraine', 'united-states', 'nato'],
    dateRange: { min: '2025-11-15', max: '2025-12-31' },
  },
  territory: {
    seriesIds: ['afp-isw'],
    months: ['2025-10', '2025-11'],
    dateRange: { min: '2024-01-01', max: '2025-12-31' },
    defaults: { month: '2025-11', from: '2025-06-01', to: '2025-12-31' },
  },
};

const href = (path: string, query = '') => canonicalHref(path, new URLSearchParams(query), contexts);

describe('isViewPath', () => {
  it('knows the paths whose query is a view, and no others', () => {
    expect(['/', '/territory', '/embed/stances', '/download/stances.csv'].map(isViewPath)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['/sources', '/feed.xml', '/_next/static/x.js', '/nothing'].map(isViewPath)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('canonicalHref', () => {
  it('leaves a compact view where it is', () => {
    expect(href('/')).toBeNull();
    expect(href('/', 'mode=compare&parties=russia,ukraine')).toBeNull();
    expect(href('/territory', 'unit=sqmi')).toBeNull();
  });

  it('puts parameters in their fixed order', () => {
    expect(href('/', 'parties=russia,ukraine&mode=compare')).toBe('/?mode=compare&parties=russia,ukraine');
    expect(href('/territory', 'display=table&unit=sqmi')).toBe('/territory?unit=sqmi&display=table');
  });

  it('leaves out defaults written in full', () => {
    expect(href('/', 'mode=matrix&rows=issues&sort=data')).toBe('/');
    expect(href('/', 'issues=donbas,nato-membership,frozen-assets&mode=compare')).toBe('/?mode=compare');
    expect(href('/territory', 'unit=km2&display=chart&series=afp-isw')).toBe('/territory');
  });

  it('writes a list given as repeated keys once, comma-separated', () => {
    expect(href('/', 'mode=compare&parties=russia&parties=ukraine')).toBe(
      '/?mode=compare&parties=russia,ukraine',
    );
  });

  it('drops empty values, which mean the default', () => {
    expect(href('/', 'q=&mode=')).toBe('/');
  });

  it('never redirects a view with ignored values, which is shown with its notices', () => {
    expect(href('/', 'parties=russia,atlantis&mode=compare')).toBeNull();
    expect(href('/', 'mode=compare&utm_source=x')).toBeNull();
    expect(href('/territory', 'unit=furlongs&display=chart')).toBeNull();
    expect(href('/', `q=${'a'.repeat(200)}&mode=compare`)).toBeNull();
  });

  it('leaves territory paths alone for a case with no territory', () => {
    expect(
      canonicalHref('/territory', new URLSearchParams('display=table&unit=sqmi'), {
        ...contexts,
        territory: undefined,
      }),
    ).toBeNull();
  });

  it('serves every kind of view: embeds, preview images and downloads', () => {
    const messy = 'parties=russia,ukraine&mode=compare';
    const clean = '?mode=compare&parties=russia,ukraine';
    expect(href('/embed/stances', messy)).toBe(`/embed/stances${clean}`);
    expect(href('/og/stances', messy)).toBe(`/og/stances${clean}`);
    expect(href('/download/stances.csv', messy)).toBe(`/download/stances.csv${clean}`);
    expect(href('/download/territory-daily.csv', 'unit=km2')).toBe('/download/territory-daily.csv');
    expect(href('/og/territory', 'display=table&unit=sqmi')).toBe('/og/territory?unit=sqmi&display=table');
  });

  it('leaves paths that are not views alone', () => {
    expect(href('/methodology', 'b=1&a=2')).toBeNull();
    expect(href('/parties/russia', 'mode=matrix')).toBeNull();
    expect(href('/download/unknown.txt', 'mode=matrix')).toBeNull();
  });

  it("ignores Next.js's _rsc parameter, and keeps it on the way", () => {
    expect(href('/', 'mode=compare&_rsc=abc')).toBeNull();
    expect(href('/', '_rsc=abc&mode=compare')).toBeNull();
    expect(href('/', 'mode=matrix&_rsc=abc')).toBe('/?_rsc=abc');
  });

  it('is stable: the place it points to is never redirected again', () => {
    const keys = [...new Set([...dashboardKeys, ...territoryKeys]), '_rsc'];
    const value = fc.oneof(
      fc.constantFrom('', 'compare', 'matrix', 'sqmi', 'km2', 'table', 'parties', 'divergence', '2025-12-01'),
      fc.constantFrom('russia', 'ukraine,russia', 'russia,russia', 'donbas', 'russia:donbas', 'afp-isw'),
      fc.string({ maxLength: 12 }),
    );
    const query = fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 8 });
    fc.assert(
      fc.property(fc.constantFrom('/', '/territory', '/og/stances'), query, (path, pairs) => {
        const first = href(path, new URLSearchParams(pairs).toString());
        if (first === null) return;
        const target = new URL(first, 'http://x');
        expect(canonicalHref(target.pathname, target.searchParams, contexts)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
