import { describe, expect, it } from 'vitest';
import type { MonthlyFigure } from '../schemas';
import { monthlyDownload, territoryJson } from './downloads';
import { type TerritoryInput, territoryDataOf } from './territory-data';
import { buildTerritoryModel } from './territory-model';
import { testDay as day, testDailySettings, testFigure, testSource } from './test-builders';

// A made-up case whose daily series stops on the 21st of its last month, beside one published series.
const source = (id: string) => testSource(id, '2030-04-02');
const figure = (id: string, month: string, gainKm2: number, extra: Partial<MonthlyFigure> = {}) =>
  testFigure(id, 'net-one', month, gainKm2, extra);

const input: TerritoryInput = {
  case: {
    asOf: '2030-04-22',
    territory: {
      region: 'Northland',
      holder: 'Southland',
      headline: { month: '2030-03', sources: [], note: undefined },
      denominators: [{ id: 'own', km2: 1000, label: '1,000 km²', source: 'daily-src' }],
      daily: testDailySettings(),
      defaultRange: { from: null, to: null },
      bounds: { monthlyChangeKm2: 20_000 },
    },
  },
  territory: {
    series: [
      {
        id: 'net-one',
        name: 'Net Count',
        publisher: 'NC',
        measure: 'net',
        definition: 'Taken minus retaken.',
        definitionSource: 'report-a',
        credit: 'Net Count',
      },
    ],
    figures: [
      figure('n-03', '2030-03', 40),
      figure('n-02-first', '2030-02', 18, { status: 'preliminary', period: '1–20 February 2030' }),
      figure('n-02', '2030-02', 25, { status: 'revised' }),
      figure('n-01', '2030-01', 9, { status: 'secondary' }),
    ],
    daily: {
      rows: [
        day('2029-12-31', 100),
        day('2030-01-31', 110),
        day('2030-02-28', 130),
        day('2030-03-31', 170),
        day('2030-04-21', 182.5),
      ],
    },
  },
  events: [],
  sources: [source('report-a'), source('daily-src')],
};

const data = territoryDataOf(input);
if (!data) throw new Error('the fixture has a territory block');
const model = (month: string, series = ['net-one', 'daily-src']) =>
  buildTerritoryModel(data, { month, unit: 'km2', series, from: null, to: null });

describe('a month the daily series covers only in part', () => {
  it('is named with the day it stops on in the table, the chart and its span, and only that month', () => {
    const { monthly } = model('2030-04');
    expect(monthly.rows.map((r) => r.label)).toEqual([
      'January 2030',
      'February 2030',
      'March 2030',
      'April 2030 (to 21 Apr)',
    ]);
    expect(monthly.chart.rows.at(-1)?.label).toBe('April 2030 (to 21 Apr)');
    expect(monthly.subtitle).toContain('January 2030 to April 2030 (to 21 Apr)');
  });

  it('says so in the tooltip’s words and in its cell’s marks', () => {
    const { monthly } = model('2030-04');
    const april = monthly.rows.at(-1)?.cells[1];
    expect(april?.marks).toEqual(['part of month']);
    expect(monthly.chart.texts.at(-1)?.[1]).toBe('+12.5 km² (part of month, 1–21 April 2030)');
  });

  it('carries the days it covers as its period in the CSV and the JSON, as a published part month does', () => {
    const m = model('2030-04');
    const april = monthlyDownload(m).rows.find((r) => r[0] === '2030-04' && r[1] === 'daily-src');
    expect(april?.[9]).toBe('1–21 April 2030');
    const json = territoryJson(m, '');
    expect(json.monthly.rows.find((r) => r.month === '2030-04')?.period).toBe('1–21 April 2030');
    const march = monthlyDownload(m).rows.find((r) => r[0] === '2030-03' && r[1] === 'daily-src');
    expect(march?.[9]).toBeNull();
  });

  it('is named in part in the page’s title and its card says which days it covers', () => {
    const m = model('2030-04');
    expect(m.title).toBe('Territory: +12.5 km² in April 2030 (to 21 Apr), per Daily area series');
    expect(m.panel.cards[0]?.caveats).toContain(
      'Covers 1–21 April 2030 only: the daily series ends before the month does.',
    );
    expect(model('2030-03').title).toBe('Territory: +40 km² in March 2030, per Net Count');
  });

  it('leaves the month’s name whole where another source’s figure covers all of it, and marks the cell', () => {
    const withApril = territoryDataOf({
      ...input,
      territory: { ...input.territory, figures: [...input.territory.figures, figure('n-04', '2030-04', 30)] },
    });
    if (!withApril) throw new Error('the fixture has a territory block');
    const m = buildTerritoryModel(withApril, {
      month: '2030-04',
      unit: 'km2',
      series: ['net-one', 'daily-src'],
      from: null,
      to: null,
    });
    const april = m.monthly.rows.at(-1);
    expect(april?.label).toBe('April 2030');
    expect(april?.cells.map((c) => c.marks)).toEqual([[], ['part of month']]);
    expect(m.title).toBe('Territory: +30 km² in April 2030, per Net Count');
  });
});

describe('the monthly table’s marks', () => {
  it('mark revised and second-hand figures in words, and the key explains each mark shown once', () => {
    const { monthly } = model('2030-03', ['net-one']);
    expect(monthly.rows.map((r) => r.cells[0]?.marks)).toEqual([['second-hand'], ['revised'], []]);
    expect(monthly.chart.texts[1]?.[0]).toBe('+25 km² (revised)');
    expect(monthly.marks.map((m) => m.mark)).toEqual(['revised', 'second-hand']);
  });
});
