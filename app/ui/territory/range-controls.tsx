import type { TerritoryView } from '@/lib/view/territory';

type Preset = { label: string; from: string | null; to: string | null };

const presets: Preset[] = [
  { label: 'Whole series', from: null, to: null },
  { label: 'Since 2024', from: '2024-01-01', to: null },
  { label: '2025', from: '2025-01-01', to: '2025-12-31' },
  { label: 'The talks (Nov 2025 – Jan 2026)', from: '2025-11-01', to: '2026-01-31' },
];

export type RangeControlsProps = {
  view: TerritoryView;
  dateRange: { min: string; max: string };
  onChange: (next: TerritoryView) => void;
};

/** The daily chart's range: presets, or any two dates. */
export function RangeControls({ view, dateRange, onChange }: RangeControlsProps) {
  const setDate = (key: 'from' | 'to', value: string) => {
    const valid = value >= dateRange.min && value <= dateRange.max;
    onChange({ ...view, [key]: valid ? value : null });
  };
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">Range</legend>
      <div className="flex flex-wrap gap-2">
        {presets.map((preset) => {
          const active = view.from === preset.from && view.to === preset.to;
          return (
            <button
              key={preset.label}
              type="button"
              aria-pressed={active}
              onClick={() => onChange({ ...view, from: preset.from, to: preset.to })}
              className="rounded border border-slate-400 px-2 py-1 text-sm aria-pressed:bg-slate-800 aria-pressed:text-white dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-900"
            >
              {preset.label}
            </button>
          );
        })}
      </div>
      <div className="flex flex-wrap gap-4 text-sm">
        <label className="flex items-center gap-2">
          From
          <input
            type="date"
            min={dateRange.min}
            max={dateRange.max}
            value={view.from ?? dateRange.min}
            onChange={(event) => setDate('from', event.target.value)}
            className="rounded border border-slate-400 bg-white px-1 dark:bg-slate-900"
          />
        </label>
        <label className="flex items-center gap-2">
          To
          <input
            type="date"
            min={dateRange.min}
            max={dateRange.max}
            value={view.to ?? dateRange.max}
            onChange={(event) => setDate('to', event.target.value)}
            className="rounded border border-slate-400 bg-white px-1 dark:bg-slate-900"
          />
        </label>
      </div>
    </fieldset>
  );
}
