import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseSchema, eventsFileSchema, monthlyFiguresFileSchema, sourcesFileSchema } from '../schemas';
import { buildMonthPanel } from './month-panel';
import { territoryDataOf } from './territory-data';

// The real data, read plainly (the loader's own tests cover its rules): the figures a reader checks first.
const dir = join(process.cwd(), 'data');
const json = (path: string) => JSON.parse(readFileSync(join(dir, path), 'utf8'));
const theCase = caseSchema.parse(json('case.json'));
const daily = theCase.territory?.daily;
const csv = daily ? readFileSync(join(dir, daily.file), 'utf8').trim().split('\n').slice(1) : [];
const rows = [...new Map(csv.map((line) => line.split(',')).map((c) => [c[0] ?? '', c])).values()].map(
  ([date = '', area = '', , , , percent = '']) => ({
    date,
    areaM2: Number(area),
    changeM2: null,
    change7dM2: null,
    change30dM2: null,
    percent: Number(percent),
  }),
);
const data = territoryDataOf({
  case: theCase,
  territory: { ...monthlyFiguresFileSchema.parse(json('territory/monthly-figures.json')), daily: { rows } },
  events: eventsFileSchema.parse(json('events.json')),
  sources: readdirSync(join(dir, 'sources')).flatMap((f) => sourcesFileSchema.parse(json(`sources/${f}`))),
});

describe('the headline month of the real data', () => {
  it('shows each source’s figure side by side, saying what each one is', () => {
    if (!data) throw new Error('the case has territory figures');
    const panel = buildMonthPanel(data, data.headline.month, 'km2');
    const byName = new Map(panel.cards.map((c) => [c.name, c]));
    expect(byName.get('AFP analysis of ISW data')).toMatchObject({
      value: '+701 km²',
      what: 'net change in November',
      conversion: '+270 sq mi as AFP published it; exactly +270.66 sq mi',
    });
    expect(byName.get('DeepState (DeepStateMap.live)')).toMatchObject({
      value: '505 km²',
      what: 'gained in November',
    });
    const derived = panel.cards.find((c) => c.what.startsWith('net change, '));
    expect(derived).toMatchObject({ value: '+595.7 km²', what: 'net change, 31 Oct → 30 Nov' });
    expect(derived?.shares[0]).toMatch(/^19\.869 % of 603,628 km²/);
  });
});
