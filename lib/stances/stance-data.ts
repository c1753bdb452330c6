import type { Issue, NegotiationEvent, Party, Position, Source } from '../schemas';

export type EvidenceView = {
  quote: string;
  quoteKind: Position['evidence'][number]['quoteKind'];
  date: string;
  note?: string;
  speaker: { name: string; role: string; party: string };
  source: Pick<Source, 'id' | 'title' | 'publisher' | 'publishedOn' | 'url' | 'dateNote'>;
};

export type PositionView = Omit<Position, 'evidence'> & { evidence: EvidenceView[] };

/** Everything the stance views draw, resolved and serialisable, so client code never touches the loader. */
export type StanceData = {
  parties: Pick<Party, 'id' | 'name' | 'shortName'>[];
  issues: Pick<Issue, 'id' | 'title' | 'proposition'>[];
  positions: PositionView[];
  events: Pick<NegotiationEvent, 'id' | 'date' | 'title'>[];
  /** First and last date of any position: the range of the as-of control. */
  dateRange: { min: string; max: string };
};

type StanceInput = {
  parties: Party[];
  issues: Issue[];
  positions: Position[];
  events: NegotiationEvent[];
  sources: Source[];
};

/** Resolves speaker and source ids into what a reader needs; the loader has already checked every id exists. */
export function toStanceData(input: StanceInput): StanceData {
  const speakers = new Map(
    input.parties.flatMap((party) =>
      party.speakers.map((s) => [s.id, { name: s.name, role: s.role, party: party.id }]),
    ),
  );
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const positions = input.positions.map((position) => ({
    ...position,
    evidence: position.evidence.map((e) => {
      const source = sources.get(e.source);
      return {
        quote: e.quote,
        quoteKind: e.quoteKind,
        date: e.date,
        ...(e.note ? { note: e.note } : {}),
        speaker: speakers.get(e.speaker) ?? { name: e.speaker, role: '', party: position.party },
        source: {
          id: e.source,
          title: source?.title ?? e.source,
          publisher: source?.publisher ?? '',
          publishedOn: source?.publishedOn ?? null,
          url: source?.url ?? null,
          ...(source?.dateNote ? { dateNote: source.dateNote } : {}),
        },
      };
    }),
  }));
  const dates = input.positions.map((p) => p.date).sort();
  return {
    parties: input.parties.map(({ id, name, shortName }) => ({ id, name, shortName })),
    issues: input.issues.map(({ id, title, proposition }) => ({ id, title, proposition })),
    positions,
    events: input.events.map(({ id, date, title }) => ({ id, date, title })),
    dateRange: { min: dates[0] ?? '2025-11-15', max: dates.at(-1) ?? '2025-12-31' },
  };
}
