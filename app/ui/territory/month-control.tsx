'use client';

import { plural } from '@/lib/format/plural';
import type { TerritoryContext, TerritoryView } from '@/lib/view/territory';
import { ControlForm } from './control-form';
import { useTerritoryControls } from './use-territory-controls';

export type MonthControlProps = {
  view: TerritoryView;
  ctx: TerritoryContext;
  /** Every month with figures, newest first, with how many sources have one. */
  choices: { month: string; label: string; sources: number }[];
};

/** Chooses the panel's month among the months that have figures. */
export function MonthControl({ view, ctx, choices }: MonthControlProps) {
  const { shown, go } = useTerritoryControls(view, ctx);
  return (
    <ControlForm
      label="Choose a month"
      view={shown}
      ctx={ctx}
      fields={['month']}
      submitLabel="Show"
      className="flex flex-wrap items-center gap-2"
    >
      <label htmlFor="territory-month" className="font-semibold">
        Month
      </label>
      <select
        id="territory-month"
        name="month"
        value={shown.month}
        onChange={(event) => go({ ...shown, month: event.target.value })}
        className="rounded border border-slate-500 bg-white px-2 py-1 dark:bg-slate-900"
      >
        {choices.map((c) => (
          <option key={c.month} value={c.month}>
            {c.label} ({plural(c.sources, 'source')})
          </option>
        ))}
      </select>
    </ControlForm>
  );
}
