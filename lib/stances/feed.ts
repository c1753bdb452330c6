import { stanceLabel } from './scale';
import type { PositionView, StanceData } from './stance-data';

export const feedChangeKinds = ['new', 'changed', 'conflicting'] as const;
export type FeedChangeKind = (typeof feedChangeKinds)[number];

export type FeedEntry = {
  kind: FeedChangeKind;
  position: PositionView;
  /** The stance it replaced, for a changed stance. */
  previous: PositionView | undefined;
  party: StanceData['parties'][number];
  issue: StanceData['issues'][number];
  title: string;
};

/**
 * What a follower of the talks wants to hear about, newest first: a cell's first stance, a stance that changed,
 * and a report that conflicts with another of the same day. A restatement of the same stance is not news.
 */
export function feedEntries(
  data: StanceData,
  filter: { parties: readonly string[]; issues: readonly string[] },
): FeedEntry[] {
  const parties = new Map(data.parties.map((p) => [p.id, p]));
  const issues = new Map(data.issues.map((i) => [i.id, i]));
  const wanted = (ids: readonly string[], id: string) => ids.length === 0 || ids.includes(id);
  const entries: FeedEntry[] = [];
  for (const history of data.histories.values()) {
    history.forEach((position, index) => {
      const party = parties.get(position.party);
      const issue = issues.get(position.issue);
      if (!party || !issue || !wanted(filter.parties, party.id) || !wanted(filter.issues, issue.id)) return;
      const previous = history[index - 1];
      // Any earlier report of the same day with another stance makes this one a conflicting report.
      const contradicts = history
        .slice(0, index)
        .some((p) => p.date === position.date && p.stance !== position.stance);
      // A first or changed stance is news of its own; a conflict of reports adds to its title, and is news by
      // itself only where the stance stayed the same.
      const conflicting = Boolean(position.conflict) || contradicts;
      const kind: FeedChangeKind | undefined =
        previous === undefined
          ? 'new'
          : previous.stance !== position.stance
            ? 'changed'
            : conflicting
              ? 'conflicting'
              : undefined;
      if (!kind) return;
      const name = `${party.shortName} on ${issue.title}`;
      const now = stanceLabel[position.stance];
      const conflict = conflicting ? '; reports conflict' : '';
      const title =
        kind === 'new'
          ? `${name}: first stance, ${now}${conflict}`
          : kind === 'changed'
            ? `${name}: now ${now} (was ${previous ? stanceLabel[previous.stance] : ''})${conflict}`
            : `${name}: reports conflict (${now})`;
      entries.push({
        kind,
        position,
        previous: kind === 'changed' ? previous : undefined,
        party,
        issue,
        title,
      });
    });
  }
  return entries.sort(
    (a, b) => b.position.date.localeCompare(a.position.date) || a.position.id.localeCompare(b.position.id),
  );
}
