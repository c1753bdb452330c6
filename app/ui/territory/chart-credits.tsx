import type { TerritoryData } from '@/lib/territory/territory-data';
import type { MonthlyChartSeries } from '@/lib/view/territory';

export const economistCredit = 'Source: The Economist, from ISW / Critical Threats Project data (CC BY 4.0)';

export type ChartCreditsProps = { data: TerritoryData; series: MonthlyChartSeries[] };

/** The credit line of every source a chart draws on. */
export function ChartCredits({ data, series }: ChartCreditsProps) {
  const lines = series.map((id) => {
    if (id === 'economist') return economistCredit;
    const published = data.series.find((s) => s.id === id);
    return published ? `Source: ${published.credit}` : '';
  });
  return (
    <p className="text-xs text-slate-700 dark:text-slate-300">
      {lines.filter(Boolean).map((line) => (
        <span key={line} className="block">
          {line}
        </span>
      ))}
    </p>
  );
}
