'use client';

import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { memo, useMemo, useRef, useState } from 'react';
import type { MatrixCell, MatrixModel } from '@/lib/stances/matrix-model';
import { cellKey } from '@/lib/stances/position-at';
import type { MatrixRows } from '@/lib/view/dashboard';
import { MoreRows } from './more-rows';
import { StanceCell } from './stance-cell';

type Entity = { id: string; label: string; detail?: string };

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Entity>();

export type StanceMatrixProps = {
  model: MatrixModel;
  rows: MatrixRows;
  onOpen: (party: string, issue: string) => void;
};

/** Rows drawn at first; a large matrix draws more as the reader reaches its end, so a click never waits on thousands of cells. */
const rowsPerPage = 40;

const arrowMoves: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/** The stance matrix: issues × parties or transposed, with one Tab stop and arrow keys between cells. */
export const StanceMatrix = memo(function StanceMatrix({ model, rows, onOpen }: StanceMatrixProps) {
  const issues: Entity[] = model.issues.map((i) => ({ id: i.id, label: i.title, detail: i.proposition }));
  const parties: Entity[] = model.parties.map((p) => ({ id: p.id, label: p.shortName, detail: p.name }));
  const [rowEntities, columnEntities] = rows === 'issues' ? [issues, parties] : [parties, issues];
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const [rowLimit, setRowLimit] = useState(rowsPerPage);
  const tableRef = useRef<HTMLTableElement>(null);

  const cellAt = (row: Entity, column: Entity): MatrixCell | undefined =>
    rows === 'issues'
      ? model.cells.get(cellKey(column.id, row.id))
      : model.cells.get(cellKey(row.id, column.id));

  const moveFocus = (event: React.KeyboardEvent<HTMLButtonElement>, r: number, c: number) => {
    const move = arrowMoves[event.key];
    if (!move) return;
    event.preventDefault();
    const next: [number, number] = [
      Math.min(Math.max(r + move[0], 0), Math.min(rowEntities.length, rowLimit) - 1),
      Math.min(Math.max(c + move[1], 0), columnEntities.length - 1),
    ];
    setFocus(next);
    tableRef.current?.querySelector<HTMLButtonElement>(`[data-rc="${next[0]}-${next[1]}"] button`)?.focus();
  };

  const columns = useMemo(
    () =>
      helper.columns([
        helper.display({ id: 'row-header', header: rows === 'issues' ? 'Issue' : 'Party' }),
        ...columnEntities.map((entity) => helper.display({ id: entity.id, header: entity.label })),
      ]),
    [columnEntities, rows],
  );
  const table = useTable({ features, columns, data: rowEntities });
  const [rowFocus, columnFocus] = [
    Math.min(focus[0], rowEntities.length - 1),
    Math.min(focus[1], columnEntities.length - 1),
  ];

  if (rowEntities.length === 0 || columnEntities.length === 0) {
    return (
      <p className="rounded border border-slate-300 p-4 dark:border-slate-700">No issues match this view.</p>
    );
  }

  return (
    <div className="relative max-w-full overflow-x-auto rounded border border-slate-300 dark:border-slate-700">
      <table ref={tableRef} className="min-w-full border-collapse text-sm">
        <caption className="sr-only">
          Stances of {parties.length} parties on {issues.length} issues. Each cell opens its evidence; arrow
          keys move between cells.
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-slate-300 dark:border-slate-700">
              {group.headers.map((header, index) => {
                const entity = columnEntities[index - 1];
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`p-2 text-left align-bottom font-semibold ${index === 0 ? 'sticky left-0 z-10 bg-white dark:bg-slate-950' : 'min-w-28'}`}
                  >
                    {index === 0 ? (
                      <span className="sr-only">{rows === 'issues' ? 'Issue' : 'Party'}</span>
                    ) : (
                      <span title={entity?.detail}>{entity?.label}</span>
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table
            .getRowModel()
            .rows.slice(0, rowLimit)
            .map((row, r) => (
              <tr key={row.id} className="border-b border-slate-200 align-top dark:border-slate-800">
                <th
                  scope="row"
                  className="sticky left-0 z-10 w-28 min-w-28 bg-white p-2 text-left font-semibold sm:w-44 dark:bg-slate-950"
                >
                  {row.original.label}
                  {row.original.detail && rows === 'issues' && (
                    <span className="mt-1 hidden text-xs font-normal text-slate-600 sm:block dark:text-slate-400">
                      {row.original.detail}
                    </span>
                  )}
                </th>
                {columnEntities.map((column, c) => {
                  const cell = cellAt(row.original, column);
                  if (!cell) return <td key={column.id} />;
                  const [party, issue] = rows === 'issues' ? [column, row.original] : [row.original, column];
                  return (
                    <td key={column.id} data-rc={`${r}-${c}`} className="p-1">
                      <StanceCell
                        cell={cell}
                        name={`${party.label} on ${issue.label}`}
                        tabIndex={r === rowFocus && c === columnFocus ? 0 : -1}
                        onOpen={() => onOpen(cell.party, cell.issue)}
                        onKeyDown={(event) => moveFocus(event, r, c)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
        </tbody>
      </table>
      {rowEntities.length > rowLimit && (
        <MoreRows
          remaining={rowEntities.length - rowLimit}
          what={rows === 'issues' ? 'issues' : 'parties'}
          onMore={() => setRowLimit((limit) => limit + rowsPerPage)}
        />
      )}
    </div>
  );
});
