import { describe, expect, it } from 'vitest';
import type { NegotiationEvent } from '../schemas';
import { buildDailyRange } from './daily-range';
import { dailyDownload, monthlyDownload, territoryJson } from './downloads';
import { buildMonthPanel } from './month-panel';
import { buildMonthlyRows, monthsBetween } from './monthly-rows';
import { type TerritoryInput, territoryDataOf, territoryUrlContext } from './territory-data';
import { buildTerritoryModel } from './territory-model';
import {
  testDay as day,
  testFigure as figure,
  testSource as source,
  testDailySettings,
} from './test-builders';

// A made-up case: two published series, one gross and one net, and a daily series of areas.
const event = (id: string, date: string, endDate?: string): NegotiationEvent => ({
  id,
  date,
  ...(endDate ? { endDate } : {}),
  title: `Event ${id}`,
  description: 'd',
  parties: [],
  sources: ['report-a'],
});

const input: TerritoryInput = {
  case: {
    asOf: '2026-03-31',
    territory: {
      region: 'Northland',
      holder: 'Southland',
      headline: { month: '2025-11', sources: ['report-a'], note: 'The month the report gives.' },
      denominators: [
        { id: 'own', km2: 1000, label: '1,000 km², the series’ own area', source: 'daily-src' },
        { id: 'other', km2: 1250, label: '1,250 km², another count' },
      ],
      daily: testDailySettings('Source: Daily Mapper (CC BY 4.0)'),
      defaultRange: { from: '2025-10-15', to: null },
      bounds: { monthlyChangeKm2: 20_000 },
    },
  },
  territory: {
    series: [
      {
        id: 'gross-one',
        name: 'Gross Watch',
        publisher: 'GW',
        measure: 'gross',
        definition: 'Ground taken.',
        definitionSource: 'report-a',
        credit: 'Gross Watch, as reported',
      },
      {
        id: 'net-two',
        name: 'Net Count',
        publisher: 'NC',
        measure: 'net',
        definition: 'Taken minus retaken.',
        definitionSource: 'report-b',
        credit: 'Net Count',
      },
    ],
    figures: [
      figure('g-2025-11', 'gross-one', '2025-11', 505),
      figure('n-2025-11', 'net-two', '2025-11', 701, { gainSqMiPublished: 270, sharePercentPublished: 19.3 }),
      figure('n-2025-09', 'net-two', '2025-09', 198, { period: '1–29 September 2025', source: 'report-b' }),
      figure('n-2025-09-r', 'net-two', '2025-09', 201, { status: 'revised' }),
      figure('n-2026-02', 'net-two', '2026-02', -37, { status: 'secondary' }),
      figure('g-2026-02', 'gross-one', '2026-02', 126),
    ],
    daily: {
      rows: [
        day('2025-09-30', 100),
        day('2025-10-15', 110),
        day('2025-10-31', 120),
        day('2025-11-15', 125),
        day('2025-11-30', 130.5),
        day('2025-12-31', 128),
        day('2026-01-31', 129),
      ],
    },
  },
  events: [
    event('late', '2025-11-20'),
    event('early', '2025-11-02', '2025-11-03'),
    event('before', '2025-01-01'),
  ],
  sources: [source('report-a', null), source('report-b', '2024-08-01'), source('daily-src')],
};

const data = territoryDataOf(input);
if (!data) throw new Error('the fixture has a territory block');

describe('territoryDataOf', () => {
  it('lists the published series, then the daily series’ months as a series of its own', () => {
    expect(data.series.map((s) => [s.id, s.measure, s.derived])).toEqual([
      ['gross-one', 'gross', false],
      ['net-two', 'net', false],
      ['daily-src', 'net', true],
    ]);
  });

  it('keeps each credit without a "Source:" prefix, whether or not the data writes one', () => {
    expect(data.series.map((s) => s.credit)).toEqual([
      'Gross Watch, as reported',
      'Net Count',
      'Daily Mapper (CC BY 4.0)',
    ]);
  });

  it('says in a few words what each series counts, the daily series’ months as worked out by us', () => {
    expect(data.series.map((s) => s.kindLabel)).toEqual([
      'gross',
      'net',
      'net, worked out from the daily series',
    ]);
  });

  it('knows every month with a figure from any series, and resolves the default range to real days', () => {
    expect(data.months).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(territoryUrlContext(data)).toEqual({
      seriesIds: ['gross-one', 'net-two', 'daily-src'],
      months: data.months,
      dateRange: { min: '2025-09-30', max: '2026-01-31' },
      defaults: { month: '2025-11', from: '2025-10-15', to: '2026-01-31' },
    });
  });

  it('opens on the whole series where the case’s range falls outside the days it has', () => {
    const territory = input.case.territory;
    if (!territory) throw new Error('the fixture has a territory block');
    const outside = territoryDataOf({
      ...input,
      case: {
        ...input.case,
        territory: { ...territory, defaultRange: { from: '2020-01-01', to: '2030-01-01' } },
      },
    });
    expect(outside?.defaultRange).toEqual({ from: '2025-09-30', to: '2026-01-31' });
    const reversed = territoryDataOf({
      ...input,
      case: {
        ...input.case,
        territory: { ...territory, defaultRange: { from: '2026-01-31', to: '2025-10-15' } },
      },
    });
    expect(reversed?.defaultRange).toEqual({ from: '2025-09-30', to: '2026-01-31' });
  });

  it('resolves nothing for a case without territory', () => {
    expect(territoryDataOf({ ...input, case: { asOf: '2026-03-31' } })).toBeUndefined();
  });
});

describe('buildMonthPanel', () => {
  it('says what each figure is: gained (gross), net change (net), and the daily series’ own days', () => {
    const panel = buildMonthPanel(data, '2025-11', 'km2');
    expect(panel.label).toBe('November 2025');
    expect(panel.isHeadline).toBe(true);
    expect(panel.note).toBe('The month the report gives.');
    expect(panel.cards.map((c) => [c.name, c.value, c.what])).toEqual([
      ['Gross Watch', '505 km²', 'gained in November'],
      ['Net Count', '+701 km²', 'net change in November'],
      ['Daily area series', '+10.5 km²', 'net change, 31 Oct → 30 Nov'],
    ]);
  });

  it('gives each card its series’ colour and credit', () => {
    const cards = buildMonthPanel(data, '2026-02', 'km2').cards;
    expect(cards.map((c) => [c.seriesId, c.colorIndex, c.credit])).toEqual([
      ['gross-one', 0, 'Gross Watch, as reported'],
      ['net-two', 1, 'Net Count'],
    ]);
  });

  it('keeps published miles beside the exact conversion, and names what each share divides by', () => {
    const [, net, derived] = buildMonthPanel(data, '2025-11', 'sqmi').cards;
    expect(net?.value).toBe('+270 sq mi');
    expect(net?.conversion).toBe('As NC published it; +270.66 sq mi converted from +701 km²');
    expect(net?.shares).toEqual([
      '19.3 % of Northland at the month’s end, as NC published it; the area it divides by is not in our sources',
    ]);
    expect(derived?.shares).toEqual([
      '13.050 % of 1,000 km², the series’ own area, on 30 November 2025',
      '10.440 % of 1,250 km², another count',
    ]);
    expect(buildMonthPanel(data, '2025-11', 'km2').cards[1]?.conversion).toBe(
      '+270 sq mi as NC published it; +270.66 sq mi converted from +701 km²',
    );
  });

  it('shows a revision, not the figure it replaced, and says what it revises', () => {
    const [card] = buildMonthPanel(data, '2025-09', 'km2').cards;
    expect(card?.value).toBe('+201 km²');
    expect(card?.caveats).toEqual([
      'Revises +198 km² for 1–29 September 2025, first published by Publisher report-b on 1 August 2024.',
    ]);
  });

  it('shows a net loss with a true minus, a second-hand report as such, and who has no figure', () => {
    const panel = buildMonthPanel(data, '2026-02', 'km2');
    expect(panel.cards.map((c) => c.value)).toEqual(['126 km²', '−37 km²']);
    expect(panel.cards[1]?.caveats).toEqual(['Reported second-hand, not by NC itself.']);
    expect(panel.missing).toEqual(['Daily area series']);
    expect([panel.previous, panel.next, panel.isHeadline]).toEqual([
      { month: '2026-01', label: 'January 2026' },
      undefined,
      false,
    ]);
  });

  it('writes the daily series’ span with years when it crosses one', () => {
    expect(buildMonthPanel(data, '2026-01', 'km2').cards[0]?.what).toBe(
      'net change, 31 Dec 2025 → 31 Jan 2026',
    );
  });
});

describe('buildMonthlyRows', () => {
  it('puts every month in, with null (a gap, never 0) where a source published nothing', () => {
    const monthly = buildMonthlyRows(data, ['gross-one', 'net-two', 'daily-src'], 'km2', '2025-11');
    expect(monthly.rows.map((r) => r.month)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthly.rows.map((r) => r.cells.map((c) => c.value))).toEqual([
      [null, 201, null],
      [null, null, 20],
      [505, 701, 10.5],
      [null, null, -2.5],
      [null, null, 1],
      [126, -37, null],
    ]);
    expect(monthly.rows[2]?.cells.map((c) => c.text)).toEqual(['505', '+701', '+10.5']);
  });

  it('keeps each series’ colour whichever others are shown, and offers every series as a switch', () => {
    const monthly = buildMonthlyRows(data, ['daily-src'], 'km2', '2025-11');
    expect(monthly.columns.map((c) => [c.id, c.colorIndex, c.kindLabel])).toEqual([
      ['daily-src', 2, 'net, worked out from the daily series'],
    ]);
    expect(monthly.choices.map((c) => [c.id, c.colorIndex, c.kindLabel])).toEqual([
      ['gross-one', 0, 'gross'],
      ['net-two', 1, 'net'],
      ['daily-src', 2, 'net, worked out from the daily series'],
    ]);
  });

  it('names its months and shading, holds zero in its extent and credits each source once', () => {
    const monthly = buildMonthlyRows(data, ['gross-one', 'net-two', 'daily-src'], 'km2', '2025-11');
    expect(monthly.subtitle).toBe(
      'km², September 2025 to February 2026; November 2025 shaded. A gap is a month the source published nothing for.',
    );
    expect(monthly.extent).toEqual([-37, 701]);
    expect(monthly.credits).toEqual(['Gross Watch, as reported', 'Net Count', 'Daily Mapper (CC BY 4.0)']);
    const outside = buildMonthlyRows(data, ['gross-one'], 'km2', '2025-09');
    expect(outside.subtitle).not.toContain('shaded');
    expect(outside.extent).toEqual([0, 505]);
  });

  it('hands the chart island the rows it draws, nothing else: km² values, and words in the unit shown', () => {
    const { chart } = buildMonthlyRows(data, ['gross-one', 'net-two'], 'sqmi', '2025-11');
    expect(chart.columns).toEqual([
      { id: 'gross-one', name: 'Gross Watch', colorIndex: 0 },
      { id: 'net-two', name: 'Net Count', colorIndex: 1 },
    ]);
    const november = chart.rows.findIndex((r) => r.month === '2025-11');
    expect(chart.rows[november]).toEqual({
      month: '2025-11',
      label: 'November 2025',
      short: 'Nov 2025',
      valuesKm2: [505, 701],
    });
    expect(chart.texts[november]).toEqual(['194.98 sq mi', '+270.66 sq mi, published as +270 sq mi']);
    expect(chart.texts[0]?.[0]).toBe('');
    expect(chart.rows[0]?.valuesKm2).toEqual([null, 201]);
    expect(chart.axis.labels).toEqual(['−100', '0', '100', '200', '300']);
    expect([chart.unitLabel, chart.highlight]).toEqual(['sq mi', '2025-11']);
  });

  it('draws the same bars on the same scale in either unit: a unit switch changes only the ticks and words', () => {
    const km2 = buildMonthlyRows(data, ['gross-one', 'net-two'], 'km2', '2025-11').chart;
    const miles = buildMonthlyRows(data, ['gross-one', 'net-two'], 'sqmi', '2025-11').chart;
    expect(miles.rows).toEqual(km2.rows);
    expect(miles.axis.domain).toEqual(km2.axis.domain);
    expect(miles.axis.labels).not.toEqual(km2.axis.labels);
    expect(miles.texts).not.toEqual(km2.texts);
  });

  it('starts at the first published month when the daily series reaches further back', () => {
    const monthly = buildMonthlyRows(data, ['gross-one', 'daily-src'], 'km2', '2025-11');
    expect(monthly.rows.map((r) => r.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthly.startsAt).toBe('2025-11');
    expect(buildMonthlyRows(data, ['daily-src'], 'km2', '2025-11').rows[0]?.month).toBe('2025-10');
  });

  it('prints exact miles and the publisher’s own beside them', () => {
    const cell = buildMonthlyRows(data, ['net-two'], 'sqmi', '2025-11').rows.find(
      (r) => r.month === '2025-11',
    )?.cells[0];
    expect([cell?.text, cell?.publishedAs]).toEqual(['+270.66', 'published as +270 sq mi']);
  });

  it('counts months across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('buildTerritoryModel', () => {
  const model = buildTerritoryModel(data, {
    month: '2025-11',
    unit: 'km2',
    series: ['gross-one', 'net-two', 'daily-src'],
    from: '2025-10-15',
    to: '2026-01-31',
  });

  it('draws the daily range as change from a stated baseline, with zero on the axis', () => {
    const daily = model.daily;
    expect(daily?.baseline.text).toBe('110.0 km² on 15 October 2025');
    expect(daily?.points.map((p) => p.change)).toEqual([0, 10, 15, 20.5, 18, 19]);
    expect(daily?.domain).toEqual([0, 30]);
    expect(daily?.change).toBe(
      '+19.0 km², from 110.0 km² on 15 October 2025 to 129.0 km² on 31 January 2026',
    );
  });

  it('titles the daily chart with its baseline, and hands its island the rounded points and markers', () => {
    const daily = model.daily;
    expect(daily?.title).toBe('Daily area series: change since 15 October 2025');
    expect(daily?.subtitle).toBe(
      'km², 15 October 2025 to 31 January 2026. Zero is the area on the first day, 110.0 km² on 15 October 2025.',
    );
    expect(daily?.colorIndex).toBe(2);
    expect(daily?.chart.points[0]).toEqual([Date.UTC(2025, 9, 15), 0, 110, 11]);
    expect(daily?.chart.markers).toEqual([
      {
        time: Date.UTC(2025, 10, 2),
        first: 1,
        last: 1,
        events: ['1. 2–3 Nov 2025: Event early'],
      },
      { time: Date.UTC(2025, 10, 20), first: 2, last: 2, events: ['2. 20 Nov 2025: Event late'] },
    ]);
    expect(daily?.chart).toMatchObject({
      since: 'since 15 Oct 2025',
      percentOf: '1,000 km², the series’ own area',
      unitLabel: 'km²',
      colorIndex: 2,
      decimals: 1,
    });
  });

  it('plots the daily change in km² on the same scale whatever the unit shown: a switch moves only the ticks', () => {
    const range = { from: '2025-10-15', to: '2026-01-31' };
    const km2 = buildDailyRange(data, range, 'km2')?.chart;
    const miles = buildDailyRange(data, range, 'sqmi')?.chart;
    expect(km2?.plot.map(([, change]) => change)).toEqual([0, 10, 15, 20.5, 18, 19]);
    expect(miles?.plot).toEqual(km2?.plot);
    expect(km2?.axis).toEqual({
      domain: [0, 30],
      ticks: [0, 10, 20, 30],
      labels: ['0', '+10', '+20', '+30'],
    });
    expect(miles?.axis.labels).toEqual(['0', '+2', '+4', '+6', '+8']);
    expect(miles?.axis.domain).toEqual([0, 30]);
    expect(miles?.points[5]?.[1]).toBe(7.34);
  });

  it('offers the range control the series’ days and ready ranges around the panel’s month', () => {
    expect(model.ranges).toEqual({
      min: '2025-09-30',
      max: '2026-01-31',
      presets: [
        { label: 'Around November 2025', from: '2025-10-01', to: '2025-12-31' },
        { label: 'Since 15 Oct 2025', from: '2025-10-15', to: '2026-01-31' },
        { label: 'Last 12 months', from: '2025-09-30', to: '2026-01-31' },
      ],
    });
  });

  it('numbers the events inside the range in date order, a multi-day event included', () => {
    expect(model.daily?.events.map((e) => [e.number, e.id])).toEqual([
      [1, 'early'],
      [2, 'late'],
    ]);
  });

  it('titles the view with the lead figure and describes every source’s figure', () => {
    expect(model.title).toBe('Territory: 505 km² in November 2025, per Gross Watch');
    expect(model.description).toContain('Net Count, +701 km² net change in November');
  });

  it('builds the downloads from the same rows the page shows', () => {
    const monthly = monthlyDownload(model);
    expect(monthly.header[4]).toBe('value_km2');
    expect(monthly.rows.filter((r) => r[0] === '2025-11').map((r) => [r[1], r[4]])).toEqual([
      ['gross-one', 505],
      ['net-two', 701],
      ['daily-src', 10.5],
    ]);
    expect(monthly.rows.some((r) => r[4] === null)).toBe(false);
    expect(monthly.rows.filter((r) => r[0] === '2025-11').map((r) => r[3])).toEqual([
      'gross',
      'net',
      'net, worked out from the daily series',
    ]);
    const daily = dailyDownload(model);
    expect(daily.rows).toHaveLength(6);
    expect(daily.header.at(-1)).toBe('source');
    expect(daily.rows[0]).toEqual([
      '2025-10-15',
      110,
      0,
      11,
      '1,000 km², the series’ own area',
      'Daily Mapper (CC BY 4.0)',
    ]);
    const json = territoryJson(model, 'https://example.org/territory');
    expect(json.monthly.rows.find((r) => r.month === '2025-11' && r.series === 'gross-one')).toMatchObject({
      period: null,
      source: expect.stringMatching(/\S/),
    });
    expect(json.month.figures.map((f) => f.value)).toEqual(['505 km²', '+701 km²', '+10.5 km²']);
    expect(json.month.figures[0]).not.toHaveProperty('colorIndex');
    expect(json.daily?.credit).toBe('Daily Mapper (CC BY 4.0)');
    expect(json.daily?.events).toHaveLength(2);
  });
});
