import type { MatrixModel } from './matrix-model';
import { cellKey } from './position-at';
import { noPositionLabel, stanceLabel, stanceScore } from './scale';
import type { PositionSummary, SourceSummary } from './stance-data';

export type ViewSource = SourceSummary & { id: string };

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

/** One row per cell the view shows, in the order shown, with the sources of the stance in force. */
export function viewRows<P extends PositionSummary>(
  model: MatrixModel<P>,
  sources: Readonly<Record<string, SourceSummary>>,
): ViewRow[] {
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
        sources: (position?.sourceIds ?? []).flatMap((id) => {
          const source = sources[id];
          return source ? [{ id, ...source }] : [];
        }),
      };
    }),
  );
}

/** Every source behind the rows, once each. */
export function viewSources(rows: readonly ViewRow[]): ViewSource[] {
  return [...new Map(rows.flatMap((row) => row.sources).map((s) => [s.id, s])).values()];
}
