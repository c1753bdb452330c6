import type {
  Case,
  CodebookRule,
  Evidence,
  Issue,
  NegotiationEvent,
  Party,
  Position,
  SetAside,
  Source,
} from '../schemas';
import { type CellKey, historyByCell } from './position-at';

export type PartyRef = Pick<Party, 'id' | 'name' | 'shortName'>;
export type IssueRef = Pick<Issue, 'id' | 'title' | 'proposition'>;
export type SourceView = Pick<
  Source,
  'id' | 'title' | 'publisher' | 'publishedOn' | 'url' | 'dateNote' | 'note'
>;
export type EventRef = Pick<NegotiationEvent, 'id' | 'date' | 'endDate' | 'title'>;

export type EvidenceView = Pick<Evidence, 'quote' | 'quoteKind' | 'date' | 'note'> & {
  speaker: { name: string; role: string; party: string };
  source: SourceView;
};

/** A position with its rule and its evidence resolved into what a reader sees. */
export type PositionView = Omit<Position, 'evidence' | 'rule'> & {
  rule: Pick<CodebookRule, 'id' | 'title'> | undefined;
  evidence: EvidenceView[];
};

/** A report read for a cell and set aside, with the rule and the reason: what was left out, and why. */
export type SetAsideView = Pick<SetAside, 'id' | 'party' | 'issue' | 'reason'> &
  EvidenceView & { rule: Pick<CodebookRule, 'id' | 'title'> | undefined };

/** Everything the stance views draw, resolved once per dataset. */
export type StanceData = {
  case: Pick<Case, 'id' | 'name' | 'title' | 'tagline' | 'asOf' | 'fictional' | 'seedSource'>;
  parties: PartyRef[];
  issues: IssueRef[];
  positions: PositionView[];
  /** Every cell's dated positions, oldest first. */
  histories: Map<CellKey, PositionView[]>;
  /** Every cell's reports read and set aside, oldest first. */
  setAside: Map<CellKey, SetAsideView[]>;
  events: EventRef[];
  codebook: CodebookRule[];
  sources: Map<string, SourceView>;
  /** The parties a plain link shows. */
  defaultParties: string[];
  /** Named shortcuts to sets of parties and issues. */
  presets: Case['presets'];
  /** From the first evidence to the day the data was brought up to date: the range of the date controls. */
  dateRange: { min: string; max: string };
  /** The date of the latest position: how current the evidence is. */
  latestEvidence: string;
};

export type StanceInput = {
  case: Case;
  codebook: CodebookRule[];
  parties: Party[];
  issues: Issue[];
  positions: Position[];
  setAside: SetAside[];
  events: NegotiationEvent[];
  sources: Source[];
};

const resolved = new WeakMap<StanceInput, StanceData>();

/** The stance views' data for a dataset, resolved once: the loader has checked that every id exists. */
export function stanceDataOf(input: StanceInput): StanceData {
  let data = resolved.get(input);
  if (!data) {
    data = toStanceData(input);
    resolved.set(input, data);
  }
  return data;
}

function toStanceData(input: StanceInput): StanceData {
  const speakers = new Map(
    input.parties.flatMap((party) =>
      party.speakers.map((s) => [s.id, { name: s.name, role: s.role, party: party.id }]),
    ),
  );
  const sources = new Map(
    input.sources.map(({ id, title, publisher, publishedOn, url, dateNote, note }) => [
      id,
      { id, title, publisher, publishedOn, url, dateNote, note },
    ]),
  );
  const rules = new Map(input.codebook.map((r) => [r.id, r]));
  const ruleOf = (id: string | undefined) => {
    const rule = id === undefined ? undefined : rules.get(id);
    return rule && { id: rule.id, title: rule.title };
  };
  const resolve = (e: Evidence, party: string): EvidenceView => ({
    quote: e.quote,
    quoteKind: e.quoteKind,
    date: e.date,
    note: e.note,
    speaker: speakers.get(e.speaker) ?? { name: e.speaker, role: '', party },
    source: sources.get(e.source) ?? {
      id: e.source,
      title: e.source,
      publisher: '',
      publishedOn: null,
      url: null,
    },
  });
  const positions: PositionView[] = input.positions.map(({ evidence, rule, ...position }) => ({
    ...position,
    rule: ruleOf(rule),
    evidence: evidence.map((e) => resolve(e, position.party)),
  }));
  const setAside = historyByCell(
    input.setAside.map(
      (report): SetAsideView => ({
        id: report.id,
        party: report.party,
        issue: report.issue,
        reason: report.reason,
        rule: ruleOf(report.rule),
        ...resolve(report, report.party),
      }),
    ),
  );
  const evidenceDates = input.positions.flatMap((p) => p.evidence.map((e) => e.date)).sort();
  const positionDates = positions.map((p) => p.date).sort();
  return {
    case: input.case,
    parties: input.parties.map(({ id, name, shortName }) => ({ id, name, shortName })),
    issues: input.issues.map(({ id, title, proposition }) => ({ id, title, proposition })),
    positions,
    histories: historyByCell(positions),
    setAside,
    events: input.events.map(({ id, date, endDate, title }) => ({ id, date, endDate, title })),
    codebook: input.codebook,
    sources,
    defaultParties: input.case.defaultParties ?? input.parties.map((p) => p.id),
    presets: input.case.presets,
    dateRange: { min: evidenceDates[0] ?? input.case.asOf, max: input.case.asOf },
    latestEvidence: positionDates.at(-1) ?? input.case.asOf,
  };
}
