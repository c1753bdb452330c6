import { describe, expect, it } from 'vitest';
import type { MonthlyFigure } from '../schemas/territory';
import { chooseFigure, chosenFigures } from './figures';

const figure = (id: string, month: string, status: MonthlyFigure['status'], series = 's'): MonthlyFigure => ({
  id,
  series,
  month,
  gainKm2: 1,
  status,
  quote: 'q',
  source: 'src',
});

describe('chooseFigure', () => {
  it('prefers a revision to the figure first published, wherever it sits in the file', () => {
    const first = figure('first', '2024-07', 'verified');
    const revised = figure('revised', '2024-07', 'revised');
    expect(chooseFigure([revised, first])).toEqual({ figure: revised, superseded: [first] });
    expect(chooseFigure([first, revised])?.figure).toBe(revised);
  });

  it('prefers a full-month figure to a preliminary one, and the later of two revisions', () => {
    const preliminary = figure('p', '2024-10', 'preliminary');
    const full = figure('f', '2024-10', 'verified');
    expect(chooseFigure([preliminary, full])?.figure).toBe(full);
    const r1 = figure('r1', '2024-10', 'revised');
    const r2 = figure('r2', '2024-10', 'revised');
    expect(chooseFigure([r1, preliminary, r2])?.figure).toBe(r2);
  });

  it('chooses nothing from nothing', () => {
    expect(chooseFigure([])).toBeUndefined();
  });
});

describe('chosenFigures', () => {
  it('indexes each series by month, in month order, one figure each', () => {
    const index = chosenFigures([
      figure('b', '2025-02', 'verified', 'x'),
      figure('a', '2025-01', 'verified', 'x'),
      figure('a2', '2025-01', 'revised', 'x'),
      figure('c', '2025-01', 'secondary', 'y'),
    ]);
    expect([...(index.get('x')?.keys() ?? [])]).toEqual(['2025-01', '2025-02']);
    expect(index.get('x')?.get('2025-01')?.figure.id).toBe('a2');
    expect(index.get('y')?.get('2025-01')?.figure.id).toBe('c');
  });
});
