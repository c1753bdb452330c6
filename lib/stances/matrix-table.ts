import {
  columnOrderingFeature,
  columnVisibilityFeature,
  constructTable,
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { MatrixCell } from './matrix-cell';
import { stanceScore } from './scale';

/** One line of the matrix (an issue, or a party when transposed) with its cells keyed by column id. */
export type MatrixLine = {
  id: string;
  label: string;
  detail: string | undefined;
  cells: ReadonlyMap<string, MatrixCell>;
  /** How widely the shown parties diverge on this line's issue; see divergenceRank. */
  divergence: number;
};

/** A column of the matrix: a party, or an issue when transposed. */
export type MatrixColumn = { id: string; label: string; detail: string | undefined };

/** The row-header column and the hidden sort key have ids no party or issue slug can take. */
export const lineColumnId = '_line';
const divergenceColumnId = '_divergence';

const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnOrderingFeature,
  columnVisibilityFeature,
});
const helper = createColumnHelper<typeof features, MatrixLine>();

export type MatrixTableState = {
  /** null keeps the lines in the given order; a column id sorts by that column's stance, support first. */
  sortBy: 'divergence' | string | null;
  /** The shown columns, in order; every other column is hidden. */
  visibleColumns: readonly string[];
};

/**
 * The matrix as a TanStack table: it sorts the lines and orders and hides the columns from the view's state, and
 * its header groups and visible cells are what the page, the downloads and the preview image draw.
 */
export function buildMatrixTable(
  lines: MatrixLine[],
  columns: readonly MatrixColumn[],
  state: MatrixTableState,
) {
  const columnDefs = helper.columns([
    helper.accessor('label', { id: lineColumnId, header: '' }),
    helper.accessor('divergence', { id: divergenceColumnId, header: '' }),
    ...columns.map((column) =>
      helper.accessor(
        (line) => {
          const stance = line.cells.get(column.id)?.position?.stance;
          return stance === undefined ? undefined : stanceScore[stance];
        },
        { id: column.id, header: column.label, sortUndefined: 'last' },
      ),
    ),
  ]);
  const shown = new Set(state.visibleColumns);
  const sortColumn = state.sortBy === 'divergence' ? divergenceColumnId : state.sortBy;
  return constructTable({
    features,
    columns: columnDefs,
    data: lines,
    getRowId: (line) => line.id,
    state: {
      sorting: sortColumn === null ? [] : [{ id: sortColumn, desc: true }],
      columnOrder: [lineColumnId, ...state.visibleColumns],
      columnVisibility: Object.fromEntries([
        [divergenceColumnId, false],
        ...columns.map((c) => [c.id, shown.has(c.id)]),
      ]),
    },
  });
}

export type MatrixTable = ReturnType<typeof buildMatrixTable>;
