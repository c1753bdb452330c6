import { formatNumber, formatPublished } from '../format/number';
import { dataFiles } from './dataset';
import type { LoadedData } from './loaded-data';
import type { DataProblem } from './problems';
import { pathOf } from './record-list';

/** A gross series cannot lose ground, and no month's change can pass the case's plausible bound: that is a typo. */
export function findMonthlyProblems(data: LoadedData): DataProblem[] {
  const { figures, series } = data;
  if (!figures) return [];
  const measures = new Map(series?.records.map((s) => [s.id, s.measure]));
  const bound = data.case?.territory?.bounds.monthlyChangeKm2;
  const problems: DataProblem[] = [];
  for (const figure of figures.records) {
    const at = pathOf(figures, figure, 'gainKm2');
    if (measures.get(figure.series) === 'gross' && figure.gainKm2 < 0) {
      problems.push({ file: figures.file, path: at, reason: 'an area cannot be negative' });
    } else if (bound !== undefined && Math.abs(figure.gainKm2) > bound) {
      problems.push({
        file: figures.file,
        path: at,
        reason: `${formatPublished(figure.gainKm2)} km² is beyond the plausible bound of ${formatNumber(bound)} km² in a month (${dataFiles.case} › territory.bounds.monthlyChangeKm2)`,
      });
    }
  }
  return problems;
}
