import { buildCell } from './matrix-cell';
import { cellKey } from './position-at';
import type { IssueRef, PartyRef, PositionView, SetAsideView, StanceData } from './stance-data';

export type CellEvidence = {
  party: PartyRef;
  issue: IssueRef;
  asOf: string;
  /** The stance in force on the as-of date; undefined is "no statement in our sources". */
  current: PositionView | undefined;
  conflicting: boolean;
  /** Every dated stance up to the as-of date, newest first, each with its evidence. */
  history: PositionView[];
  /** How many stances of this cell are dated after the as-of date. */
  later: number;
  /** Reports read for this cell up to the as-of date and set aside, newest first, each with its reason. */
  setAside: SetAsideView[];
};

/** Everything the evidence dialog shows for one cell as of a date. */
export function buildCellEvidence(
  data: StanceData,
  cell: { party: string; issue: string },
  asOf: string,
): CellEvidence | undefined {
  const party = data.parties.find((p) => p.id === cell.party);
  const issue = data.issues.find((i) => i.id === cell.issue);
  if (!party || !issue) return undefined;
  const state = buildCell(data.histories, party.id, issue.id, asOf);
  const all = data.histories.get(cellKey(party.id, issue.id)) ?? [];
  return {
    party,
    issue,
    asOf,
    current: state.position,
    conflicting: state.conflicting,
    history: [...state.history].reverse(),
    later: all.length - state.history.length,
    setAside: (data.setAside.get(cellKey(party.id, issue.id)) ?? []).filter((r) => r.date <= asOf).reverse(),
  };
}
