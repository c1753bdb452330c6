// A small valid dataset for tests, as file texts, so each test can break exactly one thing.
import { buildDataset } from './build-dataset';
import { dataFiles } from './dataset';
import { formatProblem } from './problems';

const dailyColumns = {
  date: 'date',
  areaM2: 'area',
  changeM2: 'change',
  change7dM2: 'change_7d',
  change30dM2: 'change_30d',
  percent: 'percent',
};
const csvHeader = 'date,area,change,change_7d,change_30d,percent';
export const fixtureDailyFile = 'territory/daily.csv';

export function fixtureObjects() {
  return {
    case: {
      id: 'fixture',
      title: 'A fixture case',
      name: 'a fixture negotiation',
      tagline: 'Where two parties stand.',
      asOf: '2025-12-31',
      seedSource: 'seed-article',
      presets: { parties: [{ id: 'both', label: 'Both', members: ['russia', 'ukraine'] }], issues: [] },
      territory: {
        region: 'Ukraine',
        holder: 'Russia',
        headline: { month: '2025-11', sources: ['afp-nov'] },
        denominators: [{ id: 'd', km2: 603_628, label: '603,628 km²' }],
        daily: {
          file: fixtureDailyFile,
          columns: dailyColumns,
          name: 'Daily series',
          source: 'afp-nov',
          credit: 'Credit',
          denominator: 'd',
          definition: 'Assessed control.',
        },
        defaultRange: { from: null, to: null },
        bounds: { monthlyChangeKm2: 20_000 },
      },
    },
    codebook: [{ id: 'quote-only', title: 'Code from the quote', text: 'Only the quote counts.' }],
    sources: [
      {
        id: 'seed-article',
        title: 'Envoy Witkoff Bridges Dialogue',
        publisher: 'Unknown',
        publishedOn: null,
        dateNote: 'No date printed',
        url: null,
        kind: 'news-report',
      },
      {
        id: 'afp-nov',
        title: 'AFP November analysis',
        publisher: 'Insider Paper',
        publishedOn: '2025-12-01',
        url: 'https://insiderpaper.com/?p=190446',
        kind: 'news-report',
      },
    ],
    parties: [
      {
        id: 'russia',
        name: 'Russian Federation',
        shortName: 'Russia',
        kind: 'state',
        speakers: [
          { id: 'vladimir-putin', name: 'Vladimir Putin', role: 'President', roleAsOf: '2025-12-02' },
        ],
      },
      { id: 'ukraine', name: 'Ukraine', shortName: 'Ukraine', kind: 'state' },
      {
        id: 'united-states',
        name: 'United States of America',
        shortName: 'United States',
        kind: 'state',
        speakers: [{ id: 'trump', name: 'Donald Trump', role: 'President', roleAsOf: '2025-12-03' }],
      },
      {
        id: 'e3',
        name: 'European governments (E3)',
        shortName: 'E3',
        kind: 'group',
        speakers: [{ id: 'starmer', name: 'Keir Starmer', role: 'Prime Minister', roleAsOf: '2025-12-08' }],
      },
    ],
    issues: [{ id: 'donbas', title: 'Donbas', proposition: 'Ukraine withdraws from all of Donbas' }],
    positions: [
      {
        id: 'russia-donbas-2025-12-04',
        party: 'russia',
        issue: 'donbas',
        date: '2025-12-04',
        stance: 'strongly-supports' as 'strongly-supports' | null,
        basis: 'stated' as 'stated' | 'reported',
        rule: 'quote-only',
        rationale: 'Putin demands the withdrawal as a condition.',
        summary: 'Demands the withdrawal.',
        evidence: [
          {
            quote: 'withdrawal of Ukrainian forces',
            quoteKind: 'paraphrase',
            speaker: 'vladimir-putin',
            source: 'seed-article',
            date: '2025-12-04',
          },
        ],
      },
    ],
    setAside: [
      {
        id: 'e3-donbas-2025-12-08',
        party: 'e3',
        issue: 'donbas',
        quote: 'Territory is a very tough issue',
        quoteKind: 'verbatim' as 'verbatim' | 'paraphrase',
        speaker: 'starmer',
        source: 'afp-nov',
        date: '2025-12-08',
        ref: 'DON-09',
        rule: 'quote-only',
        reason: 'Calls the question hard without saying whether Ukraine should withdraw.',
      },
    ],
    events: [
      {
        id: 'kremlin-meeting',
        date: '2025-12-02',
        title: 'Kremlin meeting',
        description: 'Nearly five hours.',
        parties: ['russia'],
        sources: ['seed-article'],
      },
    ],
    monthly: {
      series: [
        {
          id: 'afp-isw',
          name: 'AFP analysis of ISW data',
          publisher: 'AFP',
          measure: 'gross',
          definition: 'claimed and controlled',
          definitionSource: 'afp-nov',
          credit: 'AFP',
        },
      ],
      figures: [
        {
          id: 'afp-isw-2025-11',
          series: 'afp-isw',
          month: '2025-11',
          gainKm2: 701,
          gainSqMiPublished: 270,
          sharePercentPublished: 19.3,
          status: 'verified',
          quote: 'Over the month, Russia captured 701 square kilometres (270 square miles)',
          source: 'afp-nov',
        },
      ],
    },
    csvRows: ['2025-10-31,119339800000,0.0,0.0,0.0,19.77', '2025-11-30,119935500000,1.0,1.0,1.0,19.869'],
  };
}

export type FixtureObjects = ReturnType<typeof fixtureObjects>;

export function fixtureTexts(objects: FixtureObjects = fixtureObjects()): Map<string, string> {
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return new Map([
    [dataFiles.case, json(objects.case)],
    [dataFiles.codebook, json(objects.codebook)],
    [`${dataFiles.sourcesDir}/main.json`, json(objects.sources)],
    [dataFiles.parties, json(objects.parties)],
    [dataFiles.issues, json(objects.issues)],
    [dataFiles.positions, json(objects.positions)],
    [dataFiles.setAside, json(objects.setAside)],
    [dataFiles.events, json(objects.events)],
    [dataFiles.monthly, json(objects.monthly)],
    [fixtureDailyFile, [csvHeader, ...objects.csvRows, ''].join('\n')],
  ]);
}

/** Every problem buildDataset finds in these texts, as data:check prints them; fails if it finds none. */
export function problemsOf(texts: Map<string, string>): string[] {
  const parsed = buildDataset(texts);
  if (parsed.ok) throw new Error('expected the dataset to be rejected');
  return parsed.problems.map(formatProblem);
}

/** The fixture's objects after `change`, as file texts. */
export function fixtureWith(change: (objects: FixtureObjects) => void): Map<string, string> {
  const objects = fixtureObjects();
  change(objects);
  return fixtureTexts(objects);
}
