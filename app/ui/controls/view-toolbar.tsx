'use client';

import { type DashboardView, dashboardModes, dashboardParam } from '@/lib/view/dashboard';
import { useDashboardForm } from './dashboard-form';
import { PresetLinks } from './preset-links';

const modeLabels: Record<DashboardView['mode'], string> = {
  matrix: 'Matrix',
  compare: 'Compare',
  changes: 'Changes',
};

/** What most readers change first, above the table: the view, and the case's quick picks. */
export function ViewToolbar() {
  const { shown, set, link, presets } = useDashboardForm();
  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
      <fieldset className="flex items-center gap-2">
        <legend className="sr-only">View</legend>
        <div className="flex overflow-hidden rounded border border-slate-500">
          {dashboardModes.map((mode) => (
            <label key={mode} className="cursor-pointer">
              <input
                type="radio"
                name={dashboardParam.mode}
                value={mode}
                checked={shown.mode === mode}
                onChange={() => set({ mode })}
                className="peer sr-only"
              />
              <span className="block px-2.5 py-1 text-sm font-semibold peer-checked:bg-blue-800 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-blue-700 dark:peer-checked:bg-blue-300 dark:peer-checked:text-slate-950">
                {modeLabels[mode]}
              </span>
            </label>
          ))}
        </div>
        {/* Without JavaScript a radio only marks a choice: the form is sent by a button, so one sits beside it. */}
        <noscript>
          <button type="submit" className="rounded border border-slate-500 px-2.5 py-1 text-sm font-semibold">
            Show
          </button>
        </noscript>
      </fieldset>
      <PresetLinks
        parties={presets.parties.map((p) => ({ ...p, ...link({ parties: p.members }) }))}
        issues={presets.issues.map((p) => ({ ...p, ...link({ issues: p.members, q: '' }) }))}
      />
    </div>
  );
}
