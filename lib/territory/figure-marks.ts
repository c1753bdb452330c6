import type { MonthlyFigure } from '../schemas/territory';

/** The marks, in the order a cell and the key list them. */
export const figureMarkNames = ['revised', 'second-hand', 'preliminary', 'part of month'] as const;

export type FigureMark = (typeof figureMarkNames)[number];

/**
 * The words that qualify a figure wherever it is printed without its card (a table cell, a tooltip), and what
 * each means, for the note under the table. Words, not colours or symbols, so a mark reads the same in print.
 */
export const figureMarkMeanings = {
  revised: 'a later figure the publisher gave for the same month, shown in place of its first one',
  'second-hand':
    'reported at second hand or only through aggregator pages, not found from the publisher itself',
  preliminary: 'a figure for part of the month published before it ended; no full-month figure was found',
  'part of month': 'covers only the days given, not the whole month',
} as const satisfies Record<FigureMark, string>;

/** A figure's marks, in the order `figureMarkNames` lists them; a verified whole-month figure has none. */
export function figureMarks(figure: {
  status?: MonthlyFigure['status'] | undefined;
  period?: string | undefined;
}): FigureMark[] {
  const marks: FigureMark[] = [];
  if (figure.status === 'revised') marks.push('revised');
  if (figure.status === 'secondary') marks.push('second-hand');
  if (figure.status === 'preliminary') marks.push('preliminary');
  if (figure.period) marks.push('part of month');
  return marks;
}

/** The marks in a few words after a figure: "revised; part of month, 1–21 March 2030". */
export function markWords(marks: readonly FigureMark[], period: string | undefined): string {
  return marks.map((m) => (m === 'part of month' && period ? `${m}, ${period}` : m)).join('; ');
}

/** Each mark that occurs, once, with its meaning: the key under a table. */
export function markKey(occurring: readonly FigureMark[]): { mark: FigureMark; meaning: string }[] {
  const present = new Set(occurring);
  return figureMarkNames
    .filter((m) => present.has(m))
    .map((mark) => ({ mark, meaning: figureMarkMeanings[mark] }));
}
