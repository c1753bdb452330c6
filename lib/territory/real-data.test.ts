// The real data/, read and checked as the app reads it: the figures a reader checks first.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../data/build-dataset';
import { readDataFiles } from '../data/read-files';
import { buildMonthPanel } from './month-panel';
import { territoryDataOf } from './territory-data';

const parsed = buildDataset(readDataFiles(join(process.cwd(), 'data')));
if (!parsed.ok) throw new Error('data/ must pass data:check');
const data = territoryDataOf(parsed.value);
if (!data) throw new Error('the case has territory figures');
const cardsOf = (month: string) =>
  new Map(buildMonthPanel(data, month, 'km2').cards.map((c) => [c.seriesId, c]));
const derived = data.series.find((s) => s.derived);

describe('the real data', () => {
  it('shows each source’s headline-month figure side by side, saying what each one is', () => {
    const cards = cardsOf(data.headline.month);
    expect(cards.get('afp-isw')).toMatchObject({
      name: 'AFP analysis of ISW data',
      value: '+701 km²',
      what: 'net change in November',
      conversion: '+270 sq mi as AFP published it; +270.66 sq mi converted from +701 km²',
    });
    expect(cards.get('deepstate')).toMatchObject({
      name: 'DeepState (DeepStateMap.live)',
      value: '505 km²',
      what: 'gained in November',
    });
    const daily = cards.get(derived?.id ?? '');
    expect(daily).toMatchObject({ value: '+595.7 km²', what: 'net change, 31 Oct → 30 Nov' });
    expect(daily?.shares[0]).toMatch(/^19\.869 % of 603,628 km²/);
  });

  it('shows February 2026 from every source that published it, a net loss with a true minus', () => {
    const cards = cardsOf('2026-02');
    expect(cards.get('afp-isw')).toMatchObject({ value: '+123 km²', what: 'net change in February' });
    expect(cards.get('deepstate')).toMatchObject({ value: '126 km²', what: 'gained in February' });
    expect(cards.get('black-bird-group')).toMatchObject({ value: '−37 km²', what: 'net change in February' });
    expect(cards.get(derived?.id ?? '')?.what).toMatch(/^net change, \d+ Jan → \d+ Feb$/);
  });

  it('does not show October 2025’s miles, which AFP printed as a km-to-miles slip, as the figure; it says so', () => {
    const card = buildMonthPanel(data, '2025-10', 'sqmi').cards.find((c) => c.seriesId === 'afp-isw');
    expect(card?.value).toBe('+177.99 sq mi');
    expect(card?.caveats[0]).toBe(
      'AFP printed +286 sq mi beside +461 km²; they do not match (+461 km² is +177.99 sq mi), so square miles here are converted from the km².',
    );
    expect(card?.quoteNote).toMatch(/Caution: the page's "286 square miles" is kept as published/);
  });

  it('gives our translation of every figure quoted in a language other than English, marked as ours', () => {
    // The language is the source's, as the data records it; a source with none recorded is in English.
    const language = new Map(parsed.value.sources.map((s) => [s.id, s.language ?? 'en']));
    const quoted = parsed.value.territory.figures.filter((f) => language.get(f.source) !== 'en');
    expect(quoted.length).toBeGreaterThan(10);
    expect(quoted.filter((f) => !/Our translation[^:]*: '/.test(f.note ?? '')).map((f) => f.id)).toEqual([]);
  });

  it('says where AFP gave two numbers for one month, and keeps a share published with a revised figure', () => {
    expect(cardsOf('2024-04').get('afp-isw')?.caveats[0]).toMatch(
      /^Reports conflict: AFP's wire of 2 March 2026 .* gives April 2024 as 99 km²/,
    );
    const october = cardsOf('2024-10').get('afp-isw');
    expect(october?.value).toBe('+610 km²');
    expect(october?.caveats).toContain(
      'Revises +478 km² for 1–27 October 2024, first published by SpaceWar (AFP).',
    );
    expect(october?.shares).toEqual([
      '18.2 % of Ukraine, as AFP published it with its figure for 1–27 October 2024; the area it divides by is not in our sources',
    ]);
  });

  it('shows what to keep in mind of each published series on its card', () => {
    expect(cardsOf(data.headline.month).get('afp-isw')?.seriesNote).toMatch(
      /^Two descriptions of what AFP counts disagree/,
    );
    expect(cardsOf('2026-02').get('black-bird-group')?.seriesNote).toMatch(
      /Not comparable with AFP's or DeepState's/,
    );
  });

  it('credits every series without a "Source:" prefix, whatever the data writes', () => {
    expect(data.series.map((s) => s.credit).filter((c) => /^source/i.test(c))).toEqual([]);
    expect(data.daily?.credit).toBe('The Economist, from ISW / Critical Threats Project data (CC BY 4.0)');
  });
});
