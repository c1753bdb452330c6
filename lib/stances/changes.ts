import { type CellChange, diffCells } from './diff';
import type { EventRef, PositionView, StanceData } from './stance-data';

export type ChangesModel = {
  from: string;
  to: string;
  /** The event the default start is the date of, so the page can say why the range starts there. */
  fromEvent: EventRef | undefined;
  fromIsDefault: boolean;
  changes: CellChange<PositionView>[];
};

/**
 * Where the changes view starts when the reader has not chosen: the last event before the latest stance in
 * the range, so the view opens on the most recent round of movement instead of on everything since the start.
 */
export function defaultChangesStart(
  data: StanceData,
  to: string,
): { from: string; event: EventRef | undefined } {
  const latest = data.positions
    .map((p) => p.date)
    .filter((d) => d <= to)
    .sort()
    .at(-1);
  const event = latest === undefined ? undefined : data.events.filter((e) => e.date < latest).at(-1);
  return event ? { from: event.date, event } : { from: data.dateRange.min, event: undefined };
}

/** The cells of the shown parties and issues whose stance moved between two dates. */
export function buildChanges(
  data: StanceData,
  shown: { parties: readonly { id: string }[]; issues: readonly { id: string }[] },
  query: { from: string | null; asOf: string | null },
): ChangesModel {
  const to = query.asOf ?? data.dateRange.max;
  const fallback = defaultChangesStart(data, to);
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
