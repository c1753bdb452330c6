import { cellKey, type DatedStance, positionAt } from './position-at';

export type CellChange<P extends DatedStance> = {
  party: string;
  issue: string;
  /** The stance in force on the earlier date; undefined is "no stated position". */
  before: P | undefined;
  after: P | undefined;
};

/**
 * The cells whose stance differs between two dates, in the order of the issues and parties given. A cell that
 * gained its first position counts as changed; one restated with the same stance does not.
 */
export function diffCells<P extends DatedStance>(
  histories: ReadonlyMap<string, readonly P[]>,
  parties: readonly string[],
  issues: readonly string[],
  from: string,
  to: string,
): CellChange<P>[] {
  const [earlier, later] = from <= to ? [from, to] : [to, from];
  const changes: CellChange<P>[] = [];
  for (const issue of issues) {
    for (const party of parties) {
      const history = histories.get(cellKey(party, issue)) ?? [];
      const before = positionAt(history, earlier)?.current;
      const after = positionAt(history, later)?.current;
      if (before?.stance !== after?.stance) changes.push({ party, issue, before, after });
    }
  }
  return changes;
}
