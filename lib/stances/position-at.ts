import type { Position } from '../schemas/position';

/** What the date rules need of a position; the resolved view of a position has it too. */
export type DatedStance = Pick<Position, 'party' | 'issue' | 'date' | 'stance' | 'conflict'>;

export type CellKey = `${string}:${string}`;

export function cellKey(party: string, issue: string): CellKey {
  return `${party}:${issue}`;
}

/** Every position (or other dated record) of each party × issue cell, oldest first; one day keeps file order. */
export function historyByCell<P extends Pick<Position, 'party' | 'issue' | 'date'>>(
  positions: readonly P[],
): Map<CellKey, P[]> {
  const cells = new Map<CellKey, P[]>();
  positions.forEach((position) => {
    const key = cellKey(position.party, position.issue);
    const list = cells.get(key);
    if (list) list.push(position);
    else cells.set(key, [position]);
  });
  for (const list of cells.values()) {
    // Array.prototype.sort is stable, so same-day positions stay in file order.
    list.sort((a, b) => a.date.localeCompare(b.date));
  }
  return cells;
}

export type CellState<P extends DatedStance> = {
  /** The stance in force: the latest position dated on or before the as-of date. */
  current: P;
  /** Other positions of that same day that disagree with `current`: the reports conflict. */
  sameDayConflicts: P[];
};

/**
 * The latest position of a cell at a date, or undefined for "no stated position".
 * When several positions share the latest date, the last one in the file wins (a later report of the same day is
 * recorded after an earlier one), and any of them with another stance is returned as a conflict.
 */
export function positionAt<P extends DatedStance>(
  history: readonly P[],
  asOf: string | undefined,
): CellState<P> | undefined {
  let latest: P[] = [];
  for (const position of history) {
    if (asOf !== undefined && position.date > asOf) break;
    if (latest[0]?.date === position.date) latest.push(position);
    else latest = [position];
  }
  const current = latest.at(-1);
  if (!current) return undefined;
  return { current, sameDayConflicts: latest.filter((p) => p.stance !== current.stance) };
}
