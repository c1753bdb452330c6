import type { ChangesModel } from './changes';
import { positionFields } from './position-fields';
import type { IssueRef, PartyRef, SourceView } from './stance-data';

export type ChangeRow = {
  issue_id: string;
  issue: string;
  party_id: string;
  party: string;
  /** The view's two dates: the stance in force on `from` became the one in force on `to`. */
  from: string;
  to: string;
  stance_before: string;
  stance_value_before: number | null;
  basis_before: string | null;
  date_before: string | null;
  summary_before: string | null;
  /** Where the reports behind a stance disagree, how; and context that is not a disagreement. */
  conflict_before: string | null;
  note_before: string | null;
  stance_after: string;
  stance_value_after: number | null;
  basis_after: string | null;
  date_after: string | null;
  summary_after: string | null;
  conflict_after: string | null;
  note_after: string | null;
  /** The statements behind each stance, as citations write them. */
  statements_before: string[];
  statements_after: string[];
  sources_before: SourceView[];
  sources_after: SourceView[];
};

type Names = { parties: readonly PartyRef[]; issues: readonly IssueRef[] };

/**
 * One row per changed cell, in the order the changes view lists them, with the stance in force on each date and
 * the sources behind it: what the view's files hold is what the page draws, because both read the same model.
 */
export function changeRows(changes: ChangesModel, names: Names): ChangeRow[] {
  const partyName = new Map(names.parties.map((p) => [p.id, p.shortName]));
  const issueTitle = new Map(names.issues.map((i) => [i.id, i.title]));
  return changes.changes.map(({ party, issue, before, after }) => {
    const [was, is] = [positionFields(before), positionFields(after)];
    return {
      issue_id: issue,
      issue: issueTitle.get(issue) ?? issue,
      party_id: party,
      party: partyName.get(party) ?? party,
      from: changes.from,
      to: changes.to,
      stance_before: was.stance,
      stance_value_before: was.value,
      basis_before: was.basis,
      date_before: was.date,
      summary_before: was.summary,
      conflict_before: was.conflict,
      note_before: was.note,
      stance_after: is.stance,
      stance_value_after: is.value,
      basis_after: is.basis,
      date_after: is.date,
      summary_after: is.summary,
      conflict_after: is.conflict,
      note_after: is.note,
      statements_before: was.statements,
      statements_after: is.statements,
      sources_before: was.sources,
      sources_after: is.sources,
    };
  });
}

/** Every source behind the rows, on either date, once each. */
export function changeRowSources(rows: readonly ChangeRow[]): SourceView[] {
  const all = rows.flatMap((row) => [...row.sources_before, ...row.sources_after]);
  return [...new Map(all.map((s) => [s.id, s])).values()];
}
