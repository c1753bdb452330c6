import { type AreaUnit, areaUnitLabels, areaUnits } from '@/lib/territory/units';
import {
  type MonthlyChartSeries,
  monthlyChartSeries,
  type TerritoryView,
  territoryDisplays,
} from '@/lib/view/territory';

export const seriesLabels: Record<MonthlyChartSeries, string> = {
  'afp-isw': 'AFP (ISW data, incl. claimed areas)',
  deepstate: 'DeepState',
  economist: 'Economist/ISW daily series, by month',
};

/** A series' label from a chart library's untyped series name. */
export function labelOfSeries(name: unknown): string {
  const id = monthlyChartSeries.find((s) => s === name);
  return id ? seriesLabels[id] : String(name);
}

export type TerritoryControlsProps = {
  view: TerritoryView;
  onChange: (next: TerritoryView) => void;
};

/** Unit, chart-or-table and the series shown; all written to the URL by the caller. */
export function TerritoryControls({ view, onChange }: TerritoryControlsProps) {
  const set = (patch: Partial<TerritoryView>) => onChange({ ...view, ...patch });
  const toggleSeries = (series: MonthlyChartSeries) => {
    const next = view.series.includes(series)
      ? view.series.filter((s) => s !== series)
      : monthlyChartSeries.filter((s) => s === series || view.series.includes(s));
    if (next.length > 0) set({ series: next });
  };
  return (
    <div className="flex flex-wrap gap-x-8 gap-y-4">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="mb-1 font-semibold">Unit</legend>
        {areaUnits.map((unit: AreaUnit) => (
          <label key={unit} className="flex items-center gap-2">
            <input
              type="radio"
              name="unit"
              checked={view.unit === unit}
              onChange={() => set({ unit })}
              className="size-4"
            />
            {areaUnitLabels[unit]}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="mb-1 font-semibold">Show as</legend>
        {territoryDisplays.map((display) => (
          <label key={display} className="flex items-center gap-2">
            <input
              type="radio"
              name="display"
              checked={view.display === display}
              onChange={() => set({ display })}
              className="size-4"
            />
            {display === 'chart' ? 'Charts' : 'Tables'}
          </label>
        ))}
      </fieldset>
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="mb-1 font-semibold">Monthly series</legend>
        {monthlyChartSeries.map((series) => (
          <label key={series} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={view.series.includes(series)}
              disabled={view.series.length === 1 && view.series.includes(series)}
              onChange={() => toggleSeries(series)}
              className="size-4"
            />
            {seriesLabels[series]}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
