import { describe, expect, it } from 'vitest';
import type { MonthlyFigure } from '../schemas';
import { maxDailyPoints, maxDailyTableRows } from './daily-range';
import { buildTerritoryMethod } from './method';
import { type TerritoryInput, territoryDataOf } from './territory-data';
import { testDay as day, testFigure as figure, testDailySettings, testSource } from './test-builders';

// A made-up case: a gross series, a net one with a revision and unmatched miles, and a daily series.
const source = (id: string) => testSource(id, '2031-03-02');

function inputWith(figures: MonthlyFigure[], withDaily = true): TerritoryInput {
  return {
    case: {
      asOf: '2031-03-31',
      territory: {
        region: 'Northland',
        holder: 'Southland',
        headline: { month: '2031-01', sources: [] },
        denominators: [
          { id: 'other', km2: 1250, label: '1,250 km², another count', source: 'report-a' },
          { id: 'own', km2: 1000, label: '1,000 km², the daily series’ own area' },
        ],
        ...(withDaily && {
          daily: { ...testDailySettings(), name: 'Daily Mapper', source: 'report-a' },
        }),
        defaultRange: { from: null, to: null },
        bounds: { monthlyChangeKm2: 20_000 },
      },
    },
    territory: {
      series: [
        {
          id: 'gross-watch',
          name: 'Gross Watch',
          publisher: 'GW',
          measure: 'gross',
          definition: 'Ground taken.',
          definitionSource: 'report-a',
          credit: 'GW',
        },
        {
          id: 'net-count',
          name: 'Net Count',
          publisher: 'NC',
          measure: 'net',
          definition: 'Taken minus retaken.',
          definitionSource: 'report-a',
          credit: 'NC',
        },
      ],
      figures,
      daily: withDaily
        ? { rows: [day('2031-01-15', 100), day('2031-01-31', 110), day('2031-02-27', 112.5)] }
        : undefined,
    },
    events: [],
    sources: [source('report-a')],
  };
}

const figures: MonthlyFigure[] = [
  figure('g-jan', 'gross-watch', '2031-01', 500, { gainSqMiPublished: 193 }),
  figure('n-jan', 'net-count', '2031-01', 461, { gainSqMiPublished: 286 }),
  figure('n-feb', 'net-count', '2031-02', 198, { status: 'preliminary', period: '1–20 February 2031' }),
  figure('n-feb-r', 'net-count', '2031-02', 201, { status: 'revised' }),
  figure('n-mar', 'net-count', '2031-03', -37, { status: 'secondary' }),
];

function methodOf(input: TerritoryInput) {
  const data = territoryDataOf(input);
  if (!data) throw new Error('the fixture has a territory block');
  return buildTerritoryMethod(data);
}

describe('buildTerritoryMethod', () => {
  const method = methodOf(inputWith(figures));

  it('states the exact square-mile factor and its rounded inverse', () => {
    expect(method.km2PerSqMi).toBe('2.589988110336');
    expect(method.sqMiPerKm2).toBe('0.386102');
    expect(method.computedPrecision).toEqual({ km2: '0.1 km²', sqmi: '0.01 sq mi' });
  });

  it('names the published series and what each counts, leaving out the daily series’ months', () => {
    expect(method.series).toEqual([
      { name: 'Gross Watch', publisher: 'GW', measure: 'gross' },
      { name: 'Net Count', publisher: 'NC', measure: 'net' },
    ]);
  });

  it('tells the first figure whose printed miles do not match its km², with the conversion shown instead', () => {
    // 500 km² is 193.05 sq mi, which 193 matches; 461 km² is 177.99 sq mi, which 286 does not.
    expect(method.unmatchedMiles).toBe(
      'For January 2031, NC printed 286 sq mi beside 461 km²; 461 km² is 177.99 sq mi, so Parley shows 177.99 sq mi and names the printed miles as a caution.',
    );
  });

  it('tells a revision and the figure it replaced, with the part of the month the first covered', () => {
    expect(method.revision).toBe(
      'Net Count, February 2031: first published as 198 km² for 1–20 February 2031, then revised to 201 km². Parley shows 201 km² and lists the first figure beside it.',
    );
  });

  it('counts every published figure by status, replaced ones included, each with its meaning', () => {
    expect(method.statuses.map((s) => [s.status, s.count])).toEqual([
      ['verified', 2],
      ['revised', 1],
      ['preliminary', 1],
      ['secondary', 1],
    ]);
    expect(method.statuses.every((s) => s.meaning.length > 0)).toBe(true);
  });

  it('works a month of the daily series from the last day assessed in it and in the month before', () => {
    expect(method.daily).toEqual({
      name: 'Daily Mapper',
      denominator: '1,000 km², the daily series’ own area',
      latestMonth:
        'For February 2031: 110.0 km² on 31 January 2031 to 112.5 km² on 27 February 2031, a change of +2.5 km².',
    });
  });

  it('lists every denominator in the data’s order with its source, and marks the one the daily series divides by', () => {
    expect(method.denominators.map((d) => [d.label, d.dividesDaily, d.source?.id])).toEqual([
      ['1,250 km², another count', false, 'report-a'],
      ['1,000 km², the daily series’ own area', true, undefined],
    ]);
  });

  it('gives the limits the daily chart and table thin a long range to', () => {
    expect(method.thinning).toEqual({ chartPoints: 400, tableRows: 120 });
    expect([maxDailyPoints, maxDailyTableRows]).toEqual([400, 120]);
  });

  it('leaves out the examples and the daily series where the data has none', () => {
    const bare = methodOf(inputWith([figure('g-jan', 'gross-watch', '2031-01', 500)], false));
    expect(bare.unmatchedMiles).toBeUndefined();
    expect(bare.revision).toBeUndefined();
    expect(bare.daily).toBeUndefined();
    expect(bare.denominators.some((d) => d.dividesDaily)).toBe(false);
  });
});
