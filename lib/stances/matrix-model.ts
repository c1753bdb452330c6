import { compareIssue, divergenceRank, type IssueComparison } from './compare';
import { filterIssues, type IssueFilter } from './issue-filter';
import { buildCell, type MatrixCell } from './matrix-cell';
import { buildMatrixTable, type MatrixLine, type MatrixTable } from './matrix-table';
import { type CellKey, cellKey } from './position-at';
import type { IssueRef, PartyRef, StanceData } from './stance-data';

/** What the matrix and the comparison need of a view. */
export type MatrixQuery = {
  parties: readonly string[];
  issues: readonly string[];
  q: string;
  /** Keep the data's order, widest gaps first, or by one party's stance (support first). */
  sortBy: 'data' | 'divergence' | { party: string };
  rows: 'issues' | 'parties';
  asOf: string | null;
};

export type MatrixModel = {
  /** The date the stances are seen as of: the view's, or the data's own as-of date. */
  asOf: string;
  /** Shown parties, in the view's order. */
  parties: PartyRef[];
  /** Shown issues, filtered and sorted as the table shows them. */
  issues: IssueRef[];
  filter: IssueFilter;
  cells: Map<CellKey, MatrixCell>;
  comparisons: Map<string, IssueComparison>;
  rows: 'issues' | 'parties';
  /** The table the page draws: issues down the side, or parties when transposed. */
  table: MatrixTable;
};

/** Builds what the matrix and the comparison show for one view. Pure: the same data and view give the same model. */
export function buildMatrixModel(data: StanceData, query: MatrixQuery): MatrixModel {
  const asOf = query.asOf ?? data.dateRange.max;
  const partyById = new Map(data.parties.map((p) => [p.id, p]));
  const parties = query.parties.flatMap((id) => partyById.get(id) ?? []);
  const filter = filterIssues(data.issues, query.issues, query.q);

  const byIssue = new Map(
    filter.issues.map((issue) => [
      issue.id,
      new Map(data.parties.map((p) => [p.id, buildCell(data.histories, p.id, issue.id, asOf)])),
    ]),
  );
  const cells = new Map<CellKey, MatrixCell>(
    [...byIssue.values()].flatMap((row) => [...row.values()].map((c) => [cellKey(c.party, c.issue), c])),
  );
  const comparisons = new Map(
    [...byIssue].map(([issue, row]) => [
      issue,
      compareIssue(parties.map((party) => row.get(party.id)?.position?.stance)),
    ]),
  );

  const issueLines: MatrixLine[] = filter.issues.map((issue) => ({
    id: issue.id,
    label: issue.title,
    detail: issue.proposition,
    cells: byIssue.get(issue.id) ?? new Map(),
    divergence: divergenceRank(comparisons.get(issue.id)),
  }));
  const sortBy =
    query.sortBy === 'data' ? null : query.sortBy === 'divergence' ? 'divergence' : query.sortBy.party;
  const issueTable = buildMatrixTable(
    issueLines,
    data.parties.map((p) => ({ id: p.id, label: p.shortName, detail: p.name })),
    { sortBy, visibleColumns: parties.map((p) => p.id) },
  );
  const issueById = new Map(filter.issues.map((i) => [i.id, i]));
  const issues = issueTable.getRowModel().rows.flatMap((row) => issueById.get(row.id) ?? []);

  const table =
    query.rows === 'issues'
      ? issueTable
      : buildMatrixTable(
          parties.map((party) => ({
            id: party.id,
            label: party.shortName,
            detail: party.name,
            cells: new Map(
              filter.issues.flatMap((i) => {
                const cell = byIssue.get(i.id)?.get(party.id);
                return cell ? [[i.id, cell] as const] : [];
              }),
            ),
            divergence: 0,
          })),
          filter.issues.map((i) => ({ id: i.id, label: i.title, detail: i.proposition })),
          { sortBy: null, visibleColumns: issues.map((i) => i.id) },
        );

  return { asOf, parties, issues, filter, cells, comparisons, rows: query.rows, table };
}

/** The cell at a line and a column of the matrix table, whichever way round it is drawn. */
export function cellOf(model: MatrixModel, lineId: string, columnId: string): MatrixCell | undefined {
  const [party, issue] = model.rows === 'issues' ? [columnId, lineId] : [lineId, columnId];
  return model.cells.get(cellKey(party, issue));
}
