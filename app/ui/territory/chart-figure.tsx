import type { ReactNode } from 'react';
import { ChartExport, type ChartExportProps } from './chart-export';

export type ChartFigureProps = {
  id: string;
  title: string;
  subtitle: string;
  /** Above the chart: its legend, or the controls that are its legend. */
  legend?: ReactNode;
  /** Whom to credit, each without a "Source:" prefix, which the figure adds. */
  credits: string[];
  /** Offers "Save chart as PNG / SVG" (charts only; a table has its downloads). */
  exportAs?: Pick<ChartExportProps, 'fileName' | 'legend' | 'link'>;
  children: ReactNode;
};

/** A chart or its table, named by its title, with its units and range, its sources under it, and its export. */
export function ChartFigure({ id, title, subtitle, legend, credits, exportAs, children }: ChartFigureProps) {
  const creditLines = credits.map((credit) => `Source: ${credit}`);
  return (
    <figure id={id} aria-labelledby={`${id}-title`} className="space-y-2">
      <figcaption>
        <span id={`${id}-title`} className="block font-semibold">
          {title}
        </span>
        <span className="block text-sm text-slate-700 dark:text-slate-300">{subtitle}</span>
      </figcaption>
      {legend}
      {children}
      <p className="text-xs text-slate-700 dark:text-slate-300">
        {creditLines.map((line) => (
          <span key={line} className="block">
            {line}
          </span>
        ))}
      </p>
      {exportAs && (
        <ChartExport figureId={id} title={title} subtitle={subtitle} credits={creditLines} {...exportAs} />
      )}
    </figure>
  );
}
