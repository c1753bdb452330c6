'use client';

import type { TerritoryContext, TerritoryView } from '@/lib/view/territory';
import { ControlForm } from './control-form';
import { seriesColor } from './series-colors';
import { useTerritoryControls } from './use-territory-controls';

export type SeriesChoice = { id: string; name: string; kind: string; colorIndex: number };

export type SeriesControlsProps = { view: TerritoryView; ctx: TerritoryContext; series: SeriesChoice[] };

/** The monthly chart's legend, each entry a switch: every series is on until a reader turns it off. */
export function SeriesControls({ view, ctx, series }: SeriesControlsProps) {
  const { shown, go } = useTerritoryControls(view, ctx);
  const toggle = (id: string, on: boolean) =>
    go({ ...shown, series: ctx.seriesIds.filter((s) => (s === id ? on : shown.series.includes(s))) });
  return (
    <ControlForm
      label="Series in the monthly chart"
      view={shown}
      ctx={ctx}
      fields={['series']}
      submitLabel="Apply"
    >
      <fieldset>
        <legend className="sr-only">Series</legend>
        <input type="hidden" name="series" value="" />
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {series.map((s) => (
            <li key={s.id}>
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="series"
                  value={s.id}
                  checked={shown.series.includes(s.id)}
                  onChange={(event) => toggle(s.id, event.target.checked)}
                  className="size-4"
                />
                <span
                  aria-hidden="true"
                  className="inline-block size-3.5 shrink-0 rounded-sm"
                  style={{ background: seriesColor(s.colorIndex) }}
                />
                <span>
                  {s.name} <span className="text-sm text-slate-700 dark:text-slate-300">({s.kind})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </ControlForm>
  );
}
