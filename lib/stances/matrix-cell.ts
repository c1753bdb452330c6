import { cellKey, type DatedStance, positionAt } from './position-at';
import type { PositionView } from './stance-data';

export type MatrixCell<P extends DatedStance = PositionView> = {
  party: string;
  issue: string;
  /** The stance in force on the as-of date; undefined is "no statement in our sources". */
  position: P | undefined;
  /** Same-day reports that disagree with `position`, or evidence marked as conflicting. */
  conflicting: boolean;
  /** All dated positions of this cell up to the as-of date, oldest first. */
  history: P[];
};

/** One cell as of a date, from the cells' histories. */
export function buildCell<P extends DatedStance>(
  histories: ReadonlyMap<string, readonly P[]>,
  party: string,
  issue: string,
  asOf: string,
): MatrixCell<P> {
  const history = (histories.get(cellKey(party, issue)) ?? []).filter((p) => p.date <= asOf);
  const state = positionAt(history, asOf);
  return {
    party,
    issue,
    position: state?.current,
    conflicting: Boolean(state && (state.sameDayConflicts.length > 0 || state.current.conflict)),
    history,
  };
}
