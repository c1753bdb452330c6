import type { DashboardView } from '../view/dashboard';
import {
  compareIssue,
  type IssueComparison,
  type PairAgreement,
  pairAgreement,
  sortByDivergence,
} from './compare';
import { cellKey, historyByCell, positionAt } from './position-at';
import type { PositionSummary, StanceData } from './stance-data';

export type MatrixCell<P extends PositionSummary = PositionSummary> = {
  party: string;
  issue: string;
  /** The stance in force on the as-of date; undefined is "no stated position". */
  position: P | undefined;
  /** Same-day reports that disagree with `position`, or evidence marked as conflicting. */
  conflicting: boolean;
  /** All dated positions of this cell up to the as-of date, oldest first. */
  history: P[];
};

export type MatrixModel<P extends PositionSummary = PositionSummary> = {
  parties: StanceData['parties'];
  issues: StanceData['issues'];
  cells: Map<string, MatrixCell<P>>;
  comparisons: Map<string, IssueComparison>;
  /** Agreement of every ordered pair of shown parties, keyed "a|b". */
  agreement: Map<string, PairAgreement>;
};

/** One cell as of a date (null: the latest), from the cells' histories. */
export function buildCell<P extends PositionSummary>(
  histories: ReadonlyMap<string, P[]>,
  party: string,
  issue: string,
  asOf: string | null,
): MatrixCell<P> {
  const history = (histories.get(cellKey(party, issue)) ?? []).filter((p) => asOf === null || p.date <= asOf);
  const state = positionAt(history, asOf ?? undefined);
  return {
    party,
    issue,
    position: state?.current,
    conflicting: Boolean(state && (state.sameDayConflicts.length > 0 || state.current.conflict)),
    history,
  };
}

export function matchesQuery(issue: StanceData['issues'][number], q: string): boolean {
  const needle = q.trim().toLocaleLowerCase('en');
  if (!needle) return true;
  return `${issue.title} ${issue.proposition}`.toLocaleLowerCase('en').includes(needle);
}

/** Builds what the matrix and the comparison show for one view. Pure: the same data and view give the same model. */
export function buildMatrixModel<P extends PositionSummary>(
  data: StanceData<P>,
  view: DashboardView,
  histories: ReadonlyMap<string, P[]> = historyByCell(data.positions),
): MatrixModel<P> {
  const partyById = new Map(data.parties.map((p) => [p.id, p]));
  const parties = view.parties.flatMap((id) => partyById.get(id) ?? []);
  const shownIssueIds = new Set(view.issues);
  const filtered = data.issues.filter((issue) => shownIssueIds.has(issue.id) && matchesQuery(issue, view.q));

  const cells = new Map<string, MatrixCell<P>>();
  const comparisons = new Map<string, IssueComparison>();
  for (const issue of filtered) {
    for (const party of parties) {
      cells.set(cellKey(party.id, issue.id), buildCell(histories, party.id, issue.id, view.asOf));
    }
    comparisons.set(
      issue.id,
      compareIssue(parties.map((party) => cells.get(cellKey(party.id, issue.id))?.position?.stance)),
    );
  }

  const issueOrder =
    view.sort === 'divergence'
      ? sortByDivergence(
          filtered.map((i) => i.id),
          comparisons,
        )
      : filtered.map((i) => i.id);
  const issueById = new Map(filtered.map((i) => [i.id, i]));

  const agreement = new Map<string, PairAgreement>();
  for (const a of parties) {
    for (const b of parties) {
      const stanceOf = (party: string, issue: string) => cells.get(cellKey(party, issue))?.position?.stance;
      agreement.set(
        `${a.id}|${b.id}`,
        pairAgreement(filtered.map((issue) => [stanceOf(a.id, issue.id), stanceOf(b.id, issue.id)])),
      );
    }
  }

  return {
    parties,
    issues: issueOrder.flatMap((id) => issueById.get(id) ?? []),
    cells,
    comparisons,
    agreement,
  };
}
