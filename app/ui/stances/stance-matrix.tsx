import type { CSSProperties } from 'react';
import { dashboardHref } from '@/app/views/dashboard';
import { formatDate } from '@/lib/format/date';
import { plural } from '@/lib/format/plural';
import { cellOf, type MatrixModel } from '@/lib/stances/matrix-model';
import { lineColumnId } from '@/lib/stances/matrix-table';
import type { DashboardContext, DashboardView } from '@/lib/view/dashboard';
import { TableKeyboard } from '../view/table-keyboard';
import { CellLink } from './cell-link';

export type StanceMatrixProps = {
  model: MatrixModel;
  view: DashboardView;
  ctx: DashboardContext;
  embedded?: boolean;
};

const matrixId = 'stance-matrix';

/**
 * The stance matrix, drawn from its TanStack table: the table's header group gives the columns (order and
 * visibility from the URL) and its row model the sorted lines. Sticky header row and line column, so a large
 * matrix scrolls under them; one Tab stop, arrow keys between cells.
 */
export function StanceMatrix({ model, view, ctx, embedded = false }: StanceMatrixProps) {
  const [headerGroup] = model.table.getHeaderGroups();
  const rows = model.table.getRowModel().rows;
  const lineKind = model.rows === 'issues' ? 'Issue' : 'Party';
  if (!headerGroup || rows.length === 0 || headerGroup.headers.length < 2)
    return <EmptyMatrix model={model} />;
  const details = new Map([
    ...model.parties.map((p) => [p.id, p.name] as const),
    ...model.issues.map((i) => [i.id, i.proposition] as const),
  ]);
  return (
    <div className="space-y-1">
      <div className="relative max-h-[calc(100dvh-7rem)] overflow-auto rounded border border-slate-300 dark:border-slate-700">
        <table
          id={matrixId}
          className={`matrix ${view.density}${model.rows === 'parties' ? ' issue-columns' : ''}`}
          style={{ '--columns': headerGroup.headers.length - 1 } as CSSProperties}
        >
          <caption className="sr-only">
            Stances of {plural(model.parties.length, 'party', 'parties')} on{' '}
            {plural(model.issues.length, 'issue')}, as of {formatDate(model.asOf)}. Each cell opens its
            evidence; arrow keys move between cells.
          </caption>
          <thead>
            <tr>
              {headerGroup.headers.map((header) =>
                header.column.id === lineColumnId ? (
                  <th key={header.id} scope="col">
                    {lineKind}
                  </th>
                ) : (
                  <th key={header.id} scope="col" title={details.get(header.column.id)}>
                    {String(header.column.columnDef.header ?? header.column.id)}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((tableCell) => {
                  if (tableCell.column.id === lineColumnId) {
                    return (
                      <th key={tableCell.id} scope="row" title={row.original.detail}>
                        {row.original.label}
                      </th>
                    );
                  }
                  const cell = cellOf(model, row.id, tableCell.column.id);
                  if (!cell) return <td key={tableCell.id} />;
                  const party = model.parties.find((p) => p.id === cell.party);
                  const issue = model.issues.find((i) => i.id === cell.issue);
                  return (
                    <td key={tableCell.id}>
                      <CellLink
                        cell={cell}
                        name={`${party?.shortName} on ${issue?.title}`}
                        href={dashboardHref({ ...view, cell: { party: cell.party, issue: cell.issue } }, ctx)}
                        density={view.density}
                        external={embedded}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TableKeyboard tableId={matrixId} describe />
    </div>
  );
}

function EmptyMatrix({ model }: { model: MatrixModel }) {
  const { filter } = model;
  return (
    <p role="status" className="rounded border border-slate-300 p-4 dark:border-slate-700">
      {model.parties.length === 0
        ? 'No parties chosen: tick at least one party.'
        : filter.terms.length > 0
          ? `No chosen issue matches “${filter.terms.join(' ')}”. Clear the filter or choose more issues.`
          : 'No issues chosen: tick at least one issue.'}
    </p>
  );
}
