'use client';

import { plural } from '@/lib/format/plural';
import type { MonthRef } from '@/lib/territory/month-panel';
import { ControlGroup } from './control-group';
import { useTerritoryForm } from './territory-form';

export type MonthControlProps = {
  /** Every month with figures, newest first, with how many sources have one. */
  choices: (MonthRef & { sources: number })[];
  /** The panel's months either side, as links that also work without JavaScript. */
  previous: MonthRef | undefined;
  next: MonthRef | undefined;
};

/** Chooses the panel's month among the months that have figures, or steps to the month either side. */
export function MonthControl({ choices, previous, next }: MonthControlProps) {
  const { shown, set, link } = useTerritoryForm();
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <ControlGroup label="Choose a month" submitLabel="Show" className="flex flex-wrap items-center gap-2">
        <label htmlFor="territory-month" className="font-semibold">
          Month
        </label>
        <select
          id="territory-month"
          name="month"
          value={shown.month}
          onChange={(event) => set({ month: event.target.value })}
          className="rounded border border-slate-500 bg-white px-2 py-1 dark:bg-slate-900"
        >
          {choices.map((c) => (
            <option key={c.month} value={c.month}>
              {c.label} ({plural(c.sources, 'source')})
            </option>
          ))}
        </select>
      </ControlGroup>
      <nav aria-label="Months either side" className="flex gap-3 text-sm">
        {previous && (
          <a {...link({ month: previous.month })}>
            ← <span className="sr-only">Previous month: </span>
            {previous.label}
          </a>
        )}
        {next && (
          <a {...link({ month: next.month })}>
            <span className="sr-only">Next month: </span>
            {next.label} →
          </a>
        )}
      </nav>
    </div>
  );
}
