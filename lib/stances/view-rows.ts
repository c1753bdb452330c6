import type { MatrixModel } from './matrix-model';
import { cellKey } from './position-at';
import { noPositionLabel, stanceLabel, stanceScore } from './scale';
import type { EvidenceView } from './stance-data';

export type ViewSource = {
  id: string;
  title: string;
  publisher: string;
  publishedOn: string | null;
  url: string | null;
};

export type ViewRow = {
  issueId: string;
  issue: string;
  partyId: string;
  party: string;
  stance: string;
  stanceValue: number | null;
  basis: string | null;
  date: string | null;
  summary: string | null;
  conflict: string | null;
  /** How the shown parties compare on this issue: agree, partly, diverge or unknown. */
  agreement: string;
  distance: number | null;
  sources: ViewSource[];
};

function sourceOf(evidence: EvidenceView): ViewSource {
  const { id, title, publisher, publishedOn, url } = evidence.source;
  return { id, title, publisher, publishedOn, url };
}

function distinct(sources: ViewSource[]): ViewSource[] {
  return [...new Map(sources.map((s) => [s.id, s])).values()];
}

/** One row per cell the view shows, in the order shown, with the sources of the stance in force. */
export function viewRows(model: MatrixModel): ViewRow[] {
  return model.issues.flatMap((issue) =>
    model.parties.map((party) => {
      const cell = model.cells.get(cellKey(party.id, issue.id));
      const position = cell?.position;
      const comparison = model.comparisons.get(issue.id);
      return {
        issueId: issue.id,
        issue: issue.title,
        partyId: party.id,
        party: party.shortName,
        stance: position ? stanceLabel[position.stance] : noPositionLabel,
        stanceValue: position ? stanceScore[position.stance] : null,
        basis: position?.basis ?? null,
        date: position?.date ?? null,
        summary: position?.summary ?? null,
        conflict: position?.conflict ?? (cell?.conflicting ? 'Same-day reports disagree' : null),
        agreement: comparison?.level ?? 'unknown',
        distance: comparison?.distance ?? null,
        sources: distinct(position?.evidence.map(sourceOf) ?? []),
      };
    }),
  );
}

/** Every source behind the rows, once each. */
export function viewSources(rows: readonly ViewRow[]): ViewSource[] {
  return distinct(rows.flatMap((row) => row.sources));
}
