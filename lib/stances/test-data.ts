// A small case for the stance tests: three parties, three issues, dated positions built in one line each.
import type { Position, Stance } from '../schemas';
import type { MatrixQuery } from './matrix-model';
import { type StanceData, type StanceInput, stanceDataOf } from './stance-data';

/** Every party and issue of the small case, in its order, at the latest evidence. */
export const testQuery: MatrixQuery = {
  parties: ['russia', 'ukraine', 'united-states'],
  issues: ['donbas', 'nato', 'gas'],
  q: '',
  sortBy: 'data',
  rows: 'issues',
  asOf: null,
};

export function position(
  party: string,
  issue: string,
  date: string,
  stance: Stance,
  extra: Partial<Position> = {},
): Position {
  return {
    id: `${party}-${issue}-${date}${extra.conflict ? '-c' : ''}`,
    party,
    issue,
    date,
    stance,
    basis: 'stated',
    rule: 'quote-only',
    rationale: `Why ${party} ${stance}.`,
    summary: `${party} ${stance} on ${issue}.`,
    evidence: [
      {
        quote: `${party} said so`,
        quoteKind: 'verbatim',
        speaker: `${party}-leader`,
        source: 'report',
        date,
      },
    ],
    ...extra,
  };
}

export function testInput(positions: Position[]): StanceInput {
  const party = (id: string, shortName: string) => ({
    id,
    name: `${shortName} (full name)`,
    shortName,
    kind: 'state' as const,
    memberOf: [],
    speakers: [
      { id: `${id}-leader`, name: `Leader of ${shortName}`, role: 'Leader', roleAsOf: '2025-11-01' },
    ],
  });
  return {
    case: {
      id: 'test-case',
      title: 'A test negotiation, issue by issue',
      name: 'a test negotiation',
      tagline: 'Where three parties stand.',
      fictional: true,
      asOf: '2025-12-31',
      presets: { parties: [], issues: [] },
      defaultParties: ['russia', 'ukraine', 'united-states'],
    },
    codebook: [{ id: 'quote-only', title: 'Code from the quote', text: 'Only the quote counts.' }],
    parties: [party('russia', 'Russia'), party('ukraine', 'Ukraine'), party('united-states', 'US')],
    issues: [
      { id: 'donbas', title: 'Donbas', proposition: 'Ukraine withdraws from the Donbas.' },
      { id: 'nato', title: 'NATO membership', proposition: 'Ukraine may join NATO.' },
      { id: 'gas', title: 'Russian gas', proposition: 'The EU ends Russian gas imports.' },
    ],
    positions,
    setAside: [
      {
        id: 'russia-gas-2025-12-05',
        party: 'russia',
        issue: 'gas',
        quote: 'We will see.',
        quoteKind: 'verbatim',
        speaker: 'russia-leader',
        source: 'report',
        date: '2025-12-05',
        rule: 'quote-only',
        reason: 'The words take no side.',
      },
    ],
    events: [
      {
        id: 'talks-1',
        date: '2025-12-02',
        title: 'First talks',
        description: 'Talks.',
        parties: [],
        sources: ['report'],
      },
      {
        id: 'talks-2',
        date: '2025-12-10',
        title: 'Second talks',
        description: 'Talks.',
        parties: [],
        sources: ['report'],
      },
    ],
    sources: [
      {
        id: 'report',
        title: 'A report',
        publisher: 'A paper',
        publishedOn: '2025-12-01',
        url: 'https://example.org/report',
        kind: 'news-report',
      },
    ],
  };
}

/** The positions of the standard test case. */
export function testPositions(): Position[] {
  return [
    position('russia', 'donbas', '2025-12-04', 'strongly-supports'),
    position('ukraine', 'donbas', '2025-12-04', 'strongly-opposes'),
    position('united-states', 'donbas', '2025-11-20', 'strongly-supports'),
    position('united-states', 'donbas', '2025-12-11', 'mixed'),
    position('russia', 'nato', '2025-12-02', 'strongly-opposes'),
    position('ukraine', 'nato', '2025-12-14', 'supports'),
    position('ukraine', 'nato', '2025-12-14', 'mixed', { conflict: 'Two reports of the day differ.' }),
    position('ukraine', 'gas', '2025-12-03', 'supports'),
  ];
}

/** The stance data of the standard test case. */
export function testData(): StanceData {
  return stanceDataOf(testInput(testPositions()));
}
