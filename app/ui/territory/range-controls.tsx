'use client';

import type { RangeChoices } from '@/lib/territory/daily-range';
import { ControlGroup } from './control-group';
import { useTerritoryForm } from './territory-form';

export type RangeControlsProps = { ranges: RangeChoices };

/** The daily chart's first and last day: typed, or one of a few ready ranges. */
export function RangeControls({ ranges }: RangeControlsProps) {
  const { shown, set, link } = useTerritoryForm();
  const setDay = (key: 'from' | 'to', value: string) => {
    const next = { from: shown.from, to: shown.to, [key]: value };
    if (value >= ranges.min && value <= ranges.max && (next.from ?? '') <= (next.to ?? '')) set(next);
  };
  return (
    <ControlGroup label="Range of the daily chart" submitLabel="Show range" className="space-y-2">
      <nav aria-label="Ready ranges">
        <ul className="flex flex-wrap gap-1.5 text-sm">
          {ranges.presets.map((p) => {
            const current = p.from === shown.from && p.to === shown.to;
            return (
              <li key={p.label}>
                <a
                  {...link({ from: p.from, to: p.to })}
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
              min={ranges.min}
              max={ranges.max}
              value={shown[key] ?? ''}
              onChange={(event) => setDay(key, event.target.value)}
              className="rounded border border-slate-500 bg-white px-2 py-1 dark:bg-slate-900"
            />
          </label>
        ))}
      </div>
    </ControlGroup>
  );
}
