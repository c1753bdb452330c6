import type { MonthlyFigure } from '../schemas/territory';

/** A month's figure from one series: the one a reader is shown, and any it replaced. */
export type ChosenFigure = { figure: MonthlyFigure; superseded: MonthlyFigure[] };

/**
 * The figure to show among a series' figures for one month. A revision wins over what was first published, since
 * the publisher corrected itself; the latest revision wins over an earlier one; a preliminary figure yields to a
 * full one. This is the only place that rule is written.
 */
export function chooseFigure(candidates: readonly MonthlyFigure[]): ChosenFigure | undefined {
  const rank = (f: MonthlyFigure) => (f.status === 'revised' ? 2 : f.status === 'preliminary' ? 0 : 1);
  let best: MonthlyFigure | undefined;
  for (const figure of candidates) if (!best || rank(figure) >= rank(best)) best = figure;
  if (!best) return undefined;
  const chosen = best;
  return { figure: chosen, superseded: candidates.filter((f) => f !== chosen) };
}

/** Every series' chosen figure for every month it published: series id → month → figure. */
export function chosenFigures(figures: readonly MonthlyFigure[]): Map<string, Map<string, ChosenFigure>> {
  const grouped = new Map<string, Map<string, MonthlyFigure[]>>();
  for (const figure of figures) {
    const bySeries = grouped.get(figure.series) ?? new Map<string, MonthlyFigure[]>();
    grouped.set(figure.series, bySeries);
    bySeries.set(figure.month, [...(bySeries.get(figure.month) ?? []), figure]);
  }
  const chosen = new Map<string, Map<string, ChosenFigure>>();
  for (const [series, byMonth] of grouped) {
    const months = new Map<string, ChosenFigure>();
    for (const [month, candidates] of [...byMonth].sort(([a], [b]) => a.localeCompare(b))) {
      const pick = chooseFigure(candidates);
      if (pick) months.set(month, pick);
    }
    chosen.set(series, months);
  }
  return chosen;
}
