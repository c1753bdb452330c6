'use client';

import type { RangePreset } from '@/lib/territory/daily-range';
import type { TerritoryContext, TerritoryView } from '@/lib/view/territory';
import { ControlForm } from './control-form';
import { useTerritoryControls } from './use-territory-controls';

export type RangeControlsProps = {
  view: TerritoryView;
  ctx: TerritoryContext;
  range: { min: string; max: string };
  presets: RangePreset[];
};

/** The daily chart's first and last day: typed, or one of a few ready ranges. */
export function RangeControls({ view, ctx, range, presets }: RangeControlsProps) {
  const { shown, go, linkProps } = useTerritoryControls(view, ctx);
  const setDay = (key: 'from' | 'to', value: string) => {
    const next = { ...shown, [key]: value };
    if (value >= range.min && value <= range.max && (next.from ?? '') <= (next.to ?? '')) go(next);
  };
  return (
    <ControlForm
      label="Range of the daily chart"
      view={shown}
      ctx={ctx}
      fields={['from', 'to']}
      submitLabel="Show range"
      className="space-y-2"
    >
      <nav aria-label="Ready ranges">
        <ul className="flex flex-wrap gap-1.5 text-sm">
          {presets.map((p) => {
            const current = p.from === shown.from && p.to === shown.to;
            return (
              <li key={p.label}>
                <a
                  {...linkProps({ ...shown, from: p.from, to: p.to })}
                  aria-current={current ? 'true' : undefined}
                  className="inline-block rounded-full border border-slate-500 px-2 py-0.5 text-slate-900 no-underline hover:bg-slate-100 aria-[current]:bg-slate-800 aria-[current]:text-white dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-[current]:bg-slate-200 dark:aria-[current]:text-slate-950"
                >
                  {p.label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {(['from', 'to'] as const).map((key) => (
          <label key={key} className="flex items-center gap-2">
            <span className="font-semibold">{key === 'from' ? 'From' : 'To'}</span>
            <input
              type="date"
              name={key}
              min={range.min}
              max={range.max}
              value={shown[key] ?? ''}
              onChange={(event) => setDay(key, event.target.value)}
              className="rounded border border-slate-500 bg-white px-2 py-1 dark:bg-slate-900"
            />
          </label>
        ))}
      </div>
    </ControlForm>
  );
}
