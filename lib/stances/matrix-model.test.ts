import { describe, expect, it } from 'vitest';
import { buildMatrixModel, cellOf } from './matrix-model';
import { lineColumnId } from './matrix-table';
import { testData, testQuery } from './test-data';

const query = testQuery;
const data = testData();
const lineIds = (model: ReturnType<typeof buildMatrixModel>) =>
  model.table.getRowModel().rows.map((r) => r.id);
const columnIds = (model: ReturnType<typeof buildMatrixModel>) =>
  model.table.getHeaderGroups()[0]?.headers.map((h) => h.column.id) ?? [];

describe('buildMatrixModel', () => {
  it('shows the latest stance of each cell at the data’s as-of date', () => {
    const model = buildMatrixModel(data, query);
    expect(model.asOf).toBe('2025-12-31');
    expect(cellOf(model, 'donbas', 'united-states')?.position?.stance).toBe('mixed');
    expect(cellOf(model, 'gas', 'russia')?.position).toBeUndefined();
  });

  it('shows the stance in force on an earlier date', () => {
    const model = buildMatrixModel(data, { ...query, asOf: '2025-12-01' });
    expect(cellOf(model, 'donbas', 'united-states')?.position?.stance).toBe('strongly-supports');
    expect(cellOf(model, 'donbas', 'russia')?.position).toBeUndefined();
  });

  it('orders and hides the columns from the view: the row header, then the chosen parties in their order', () => {
    const model = buildMatrixModel(data, { ...query, parties: ['united-states', 'russia'] });
    expect(columnIds(model)).toEqual([lineColumnId, 'united-states', 'russia']);
    expect(
      model.table
        .getRowModel()
        .rows[0]?.getVisibleCells()
        .map((c) => c.column.id),
    ).toEqual([lineColumnId, 'united-states', 'russia']);
  });

  it('sorts the most divergent issues first, uncomparable ones last', () => {
    const model = buildMatrixModel(data, { ...query, sortBy: 'divergence' });
    expect(lineIds(model)).toEqual(['donbas', 'nato', 'gas']);
    expect(model.issues.map((i) => i.id)).toEqual(['donbas', 'nato', 'gas']);
  });

  it('sorts by one party’s stance, support first and no statement last', () => {
    expect(lineIds(buildMatrixModel(data, { ...query, sortBy: { party: 'ukraine' } }))).toEqual([
      'gas',
      'nato',
      'donbas',
    ]);
    expect(lineIds(buildMatrixModel(data, { ...query, sortBy: { party: 'russia' } }))).toEqual([
      'donbas',
      'nato',
      'gas',
    ]);
  });

  it('draws parties down the side when transposed, with the issues in the sorted order', () => {
    const model = buildMatrixModel(data, { ...query, rows: 'parties', sortBy: { party: 'ukraine' } });
    expect(lineIds(model)).toEqual(['russia', 'ukraine', 'united-states']);
    expect(columnIds(model)).toEqual([lineColumnId, 'gas', 'nato', 'donbas']);
    expect(cellOf(model, 'ukraine', 'gas')?.position?.stance).toBe('supports');
  });

  it('marks a cell whose same-day reports conflict', () => {
    const cell = cellOf(buildMatrixModel(data, query), 'nato', 'ukraine');
    expect(cell?.position?.stance).toBe('mixed');
    expect(cell?.conflicting).toBe(true);
  });

  it('keeps only the issues the filter matches, any of its words', () => {
    const model = buildMatrixModel(data, { ...query, q: 'gas donbas' });
    expect(model.issues.map((i) => i.id)).toEqual(['donbas', 'gas']);
  });

  it('compares the shown parties and says how many are known', () => {
    const model = buildMatrixModel(data, query);
    expect(model.comparisons.get('gas')).toMatchObject({ level: 'unknown', known: 1, total: 3 });
    expect(model.comparisons.get('donbas')).toMatchObject({ level: 'diverge', distance: 4, known: 3 });
  });
});
