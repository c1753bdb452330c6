import { type CellChange, diffCells } from './diff';
import { cellKey, positionAt } from './position-at';
import type { EventRef, PositionView, StanceData } from './stance-data';

/** What the changes view says, on the page and in its preview, when no shown cell moved in its range. */
export const noChangesText = 'No stance of the shown parties changed on the shown issues in this range.';

export type ChangesModel = {
  from: string;
  to: string;
  /** The event the default start is the date of, so the page can say why the range starts there. */
  fromEvent: EventRef | undefined;
  fromIsDefault: boolean;
  changes: CellChange<PositionView>[];
};

type Shown = { parties: readonly { id: string }[]; issues: readonly { id: string }[] };

/**
 * The latest date, up to `to`, on which the stance in force of a shown cell moved (the stance in force as
 * `positionAt` decides it, same-day reports included). A cell's first stance counts; a restatement does not.
 */
function latestChange(data: StanceData, shown: Shown, to: string): string | undefined {
  let latest: string | undefined;
  for (const issue of shown.issues) {
    for (const party of shown.parties) {
      const history = data.histories.get(cellKey(party.id, issue.id)) ?? [];
      let inForce: PositionView['stance'] | undefined;
      for (const { date } of history) {
        if (date > to) break;
        const stance = positionAt(history, date)?.current.stance;
        if (stance !== inForce && (latest === undefined || date > latest)) latest = date;
        inForce = stance;
      }
    }
  }
  return latest;
}

/**
 * Where the changes view starts when the reader has not chosen: the last event before the latest change of
 * stance among the shown cells, so the view opens on the most recent round of movement instead of on everything
 * since the start, and never on a range in which only restatements fall.
 */
export function defaultChangesStart(
  data: StanceData,
  shown: Shown,
  to: string,
): { from: string; event: EventRef | undefined } {
  const latest = latestChange(data, shown, to);
  const event = latest === undefined ? undefined : data.events.filter((e) => e.date < latest).at(-1);
  return event ? { from: event.date, event } : { from: data.dateRange.min, event: undefined };
}

/** The cells of the shown parties and issues whose stance moved between two dates. */
export function buildChanges(
  data: StanceData,
  shown: Shown,
  query: { from: string | null; asOf: string | null },
): ChangesModel {
  const to = query.asOf ?? data.dateRange.max;
  const fallback = defaultChangesStart(data, shown, to);
  const from = query.from ?? fallback.from;
  return {
    from,
    to,
    fromEvent: query.from === null ? fallback.event : data.events.find((e) => e.date === from),
    fromIsDefault: query.from === null,
    changes: diffCells(
      data.histories,
      shown.parties.map((p) => p.id),
      shown.issues.map((i) => i.id),
      from,
      to,
    ),
  };
}

/** Whether one cell's stance moved in the changes view's range, whether or not the view shows its party and issue. */
export function cellMoved(
  data: StanceData,
  changes: ChangesModel,
  cell: { party: string; issue: string },
): boolean {
  return diffCells(data.histories, [cell.party], [cell.issue], changes.from, changes.to).length > 0;
}
