import type { StanceData } from '@/lib/stances/stance-data';
import { type DashboardView, dashboardModes, issueSorts } from '@/lib/view/dashboard';
import { AsOfControl } from './as-of-control';
import { IssuePicker } from './issue-picker';
import { PartyPicker } from './party-picker';

export type ViewControlsProps = {
  data: StanceData;
  view: DashboardView;
  onChange: (next: DashboardView, options?: { replace?: boolean }) => void;
};

const modeLabels: Record<DashboardView['mode'], string> = {
  matrix: 'Matrix',
  compare: 'Compare parties',
  changes: 'Changes between dates',
};

const sortLabels: Record<DashboardView['sort'], string> = {
  data: 'As listed',
  divergence: 'Most divergent first',
};

/** Every control writes the URL; nothing here keeps state of its own. */
export function ViewControls({ data, view, onChange }: ViewControlsProps) {
  const set = (patch: Partial<DashboardView>, options?: { replace?: boolean }) =>
    onChange({ ...view, ...patch }, options);
  return (
    <div className="space-y-4">
      <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
        <legend className="mb-1 font-semibold">View</legend>
        {dashboardModes.map((mode) => (
          <label key={mode} className="flex items-center gap-2">
            <input
              type="radio"
              name="mode"
              checked={view.mode === mode}
              onChange={() => set({ mode })}
              className="size-4"
            />
            {modeLabels[mode]}
          </label>
        ))}
      </fieldset>
      {view.mode === 'matrix' && (
        <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
          <legend className="mb-1 font-semibold">Rows</legend>
          {(['issues', 'parties'] as const).map((rows) => (
            <label key={rows} className="flex items-center gap-2">
              <input
                type="radio"
                name="rows"
                checked={view.rows === rows}
                onChange={() => set({ rows })}
                className="size-4"
              />
              {rows === 'issues' ? 'Issues' : 'Parties'}
            </label>
          ))}
        </fieldset>
      )}
      {view.mode === 'changes' && (
        <AsOfControl
          id="from"
          label="Changes since"
          value={view.from ?? data.dateRange.min}
          dateRange={data.dateRange}
          events={data.events}
          onChange={(from, options) => set({ from: from ?? data.dateRange.max }, options)}
        />
      )}
      <AsOfControl
        id="asof"
        label={view.mode === 'changes' ? 'Changes up to' : 'As of'}
        value={view.asOf}
        dateRange={data.dateRange}
        events={data.events}
        onChange={(asOf, options) => set({ asOf }, options)}
      />
      <div className="space-y-1">
        <label htmlFor="issue-filter" className="block font-semibold">
          Filter issues
        </label>
        <input
          id="issue-filter"
          type="search"
          value={view.q}
          onChange={(event) => set({ q: event.target.value }, { replace: true })}
          placeholder="e.g. NATO"
          className="w-full rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-900"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor="issue-sort" className="block font-semibold">
          Order issues
        </label>
        <select
          id="issue-sort"
          value={view.sort}
          onChange={(event) => set({ sort: issueSorts.find((s) => s === event.target.value) ?? 'data' })}
          className="w-full rounded border border-slate-400 bg-white px-2 py-1 dark:bg-slate-900"
        >
          {issueSorts.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabels[sort]}
            </option>
          ))}
        </select>
      </div>
      <PartyPicker parties={data.parties} selected={view.parties} onChange={(parties) => set({ parties })} />
      <details>
        <summary className="cursor-pointer font-semibold">
          Choose issues ({view.issues.length} of {data.issues.length})
        </summary>
        <div className="mt-2">
          <IssuePicker issues={data.issues} selected={view.issues} onChange={(issues) => set({ issues })} />
        </div>
      </details>
    </div>
  );
}
