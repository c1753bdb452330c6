'use client';

import type { SeriesChoice } from '@/lib/territory/monthly-rows';
import { ControlGroup } from './control-group';
import { seriesColor } from './series-colors';
import { useTerritoryForm } from './territory-form';

export type SeriesControlsProps = { choices: SeriesChoice[] };

/** The monthly chart's legend, each entry a switch: every series is on until a reader turns it off. */
export function SeriesControls({ choices }: SeriesControlsProps) {
  const { ctx, shown, set } = useTerritoryForm();
  const toggle = (id: string, on: boolean) =>
    set({ series: ctx.seriesIds.filter((s) => (s === id ? on : shown.series.includes(s))) });
  return (
    <ControlGroup label="Series in the monthly chart" submitLabel="Apply">
      {/* Sent with the ticked ones, so that none ticked still says "none" rather than "the default". */}
      <input type="hidden" name="series" value="" />
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {choices.map((s) => (
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
                {s.name} <span className="text-sm text-slate-700 dark:text-slate-300">({s.kindLabel})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </ControlGroup>
  );
}
