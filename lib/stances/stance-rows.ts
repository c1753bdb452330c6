import { describeComparison } from './compare';
import { cellOf, type MatrixModel } from './matrix-model';
import { lineColumnId } from './matrix-table';
import { positionFields } from './position-fields';
import type { SourceView } from './stance-data';

export type StanceRow = {
  issue_id: string;
  issue: string;
  party_id: string;
  party: string;
  stance: string;
  stance_value: number | null;
  basis: string | null;
  date: string | null;
  summary: string | null;
  rationale: string | null;
  rule: string | null;
  conflict: string | null;
  /** Context that is not a disagreement: a change over time, renderings that say the same, an unconfirmed claim. */
  note: string | null;
  /** How the shown parties compare on this issue. */
  agreement: string;
  /** The statements behind the stance, as citations write them. */
  statements: string[];
  sources: SourceView[];
};

/**
 * One row per cell the view shows, in the order the matrix table shows them, with the sources of the stance in
 * force: what a download holds is what the page draws, because both read the same table.
 */
export function stanceRows(model: MatrixModel): StanceRow[] {
  const issueById = new Map(model.issues.map((i) => [i.id, i]));
  const partyById = new Map(model.parties.map((p) => [p.id, p]));
  return model.table.getRowModel().rows.flatMap((row) =>
    row
      .getVisibleCells()
      .filter((cell) => cell.column.id !== lineColumnId)
      .flatMap((tableCell) => {
        const cell = cellOf(model, row.id, tableCell.column.id);
        const issue = cell && issueById.get(cell.issue);
        const party = cell && partyById.get(cell.party);
        if (!cell || !issue || !party) return [];
        const position = cell.position;
        const fields = positionFields(position);
        const comparison = model.comparisons.get(issue.id);
        return [
          {
            issue_id: issue.id,
            issue: issue.title,
            party_id: party.id,
            party: party.shortName,
            stance: fields.stance,
            stance_value: fields.value,
            basis: fields.basis,
            date: fields.date,
            summary: fields.summary,
            rationale: position?.rationale ?? null,
            rule: position?.rule?.title ?? null,
            conflict: fields.conflict ?? (cell.conflicting ? 'Reports of the same day disagree' : null),
            note: fields.note,
            agreement: comparison ? describeComparison(comparison).label : '',
            statements: fields.statements,
            sources: fields.sources,
          },
        ];
      }),
  );
}

/** Every source behind the rows, once each. */
export function rowSources(rows: readonly StanceRow[]): SourceView[] {
  return [...new Map(rows.flatMap((row) => row.sources).map((s) => [s.id, s])).values()];
}
