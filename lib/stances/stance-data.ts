import type { Issue, NegotiationEvent, Party, Position, Source } from '../schemas';

export type EvidenceView = {
  quote: string;
  quoteKind: Position['evidence'][number]['quoteKind'];
  date: string;
  note?: string;
  speaker: { name: string; role: string; party: string };
  source: Pick<Source, 'id' | 'title' | 'publisher' | 'publishedOn' | 'url' | 'dateNote'>;
};

export type SourceSummary = Pick<Source, 'title' | 'publisher' | 'publishedOn' | 'url'>;

/** A position without its evidence: what the matrix draws. The evidence is fetched when a cell is opened. */
export type PositionSummary = Omit<Position, 'evidence'> & { evidenceCount: number; sourceIds: string[] };

/** A position with its evidence resolved into speakers' names and sources' titles. */
export type PositionView = PositionSummary & { evidence: EvidenceView[] };

/**
 * Everything the stance views draw, resolved and serialisable, so client code never touches the loader. The
 * server holds it with evidence (`StanceData<PositionView>`); the browser gets summaries and a source list.
 */
export type StanceData<P extends PositionSummary = PositionSummary> = {
  parties: Pick<Party, 'id' | 'name' | 'shortName'>[];
  issues: Pick<Issue, 'id' | 'title' | 'proposition'>[];
  positions: P[];
  /** The sources cited by any position, for citations. */
  sources: Record<string, SourceSummary>;
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
export function toStanceData(input: StanceInput): StanceData<PositionView> {
  const speakers = new Map(
    input.parties.flatMap((party) =>
      party.speakers.map((s) => [s.id, { name: s.name, role: s.role, party: party.id }]),
    ),
  );
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const positions = input.positions.map((position) => ({
    ...position,
    evidenceCount: position.evidence.length,
    sourceIds: [...new Set(position.evidence.map((e) => e.source))],
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
  const cited = new Set(input.positions.flatMap((p) => p.evidence.map((e) => e.source)));
  return {
    parties: input.parties.map(({ id, name, shortName }) => ({ id, name, shortName })),
    issues: input.issues.map(({ id, title, proposition }) => ({ id, title, proposition })),
    positions,
    sources: Object.fromEntries(
      input.sources
        .filter((s) => cited.has(s.id))
        .map(({ id, title, publisher, publishedOn, url }) => [id, { title, publisher, publishedOn, url }]),
    ),
    events: input.events.map(({ id, date, title }) => ({ id, date, title })),
    dateRange: { min: dates[0] ?? '2025-11-15', max: dates.at(-1) ?? '2025-12-31' },
  };
}

/** The browser's copy: every position without its evidence, which is fetched per cell when opened. */
export function withoutEvidence(data: StanceData<PositionView>): StanceData {
  return { ...data, positions: data.positions.map(({ evidence: _evidence, ...summary }) => summary) };
}
