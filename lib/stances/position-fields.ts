import { statementLine, statementOf } from './citation';
import { basisLabel, noPositionLabel, stanceLabel, stanceScore } from './scale';
import type { PositionView, SourceView } from './stance-data';

/** What a file holds of the stance in force in a cell; no position is "no statement in our sources", never neutral. */
export type PositionFields = {
  stance: string;
  value: number | null;
  basis: string | null;
  date: string | null;
  summary: string | null;
  conflict: string | null;
  note: string | null;
  /** Each statement behind the stance, as a citation writes it: whose words, when, and the words. */
  statements: string[];
  /** The sources behind the stance, once each. */
  sources: SourceView[];
};

/** A cell's stance as the downloads write it: one definition for the matrix's files and the changes view's. */
export function positionFields(position: PositionView | undefined): PositionFields {
  return {
    stance: position ? stanceLabel[position.stance] : noPositionLabel,
    value: position ? stanceScore[position.stance] : null,
    basis: position ? basisLabel[position.basis] : null,
    date: position?.date ?? null,
    summary: position?.summary ?? null,
    conflict: position?.conflict ?? null,
    note: position?.note ?? null,
    statements: (position?.evidence ?? []).map((e) => statementLine(statementOf(e))),
    sources: [...new Map((position?.evidence ?? []).map((e) => [e.source.id, e.source])).values()],
  };
}
