'use client';

import {
  type DashboardView,
  dashboardParam,
  densities,
  matrixRowChoices,
  partySort,
  toIssueSort,
} from '@/lib/view/dashboard';
import { ChoiceList } from './choice-list';
import { ColumnOrder } from './column-order';
import { useDashboardForm } from './dashboard-form';
import { DateControl } from './date-control';
import { FilterField } from './filter-field';
import { RadioGroup } from './radio-group';
import { SettingsSheet } from './settings-sheet';

export type ViewSettingsProps = {
  /** Words for what the view shows, for the phone's settings sheet ("3 parties × 3 issues"). */
  shownSummary: string;
  /** Words of the issue filter that matched no chosen issue. */
  unmatchedTerms: string[];
};

const rowLabels: Record<DashboardView['rows'], string> = { issues: 'Issues', parties: 'Parties' };
const densityLabels: Record<DashboardView['density'], string> = {
  compact: 'Compact',
  comfortable: 'Detailed',
};

/** Every other setting of the view: parties, issues, dates, order and layout. Fields of the dashboard's form. */
export function ViewSettings({ shownSummary, unmatchedTerms }: ViewSettingsProps) {
  const { ctx, parties, issues, events, shown, set, link } = useDashboardForm();
  const inDataOrder = (ids: Set<string>) => issues.filter((i) => ids.has(i.id)).map((i) => i.id);
  const togglePartyList = (id: string, checked: boolean) =>
    checked ? [...shown.parties.filter((p) => p !== id), id] : shown.parties.filter((p) => p !== id);
  const toggleIssueList = (id: string, checked: boolean) => {
    const next = new Set(shown.issues);
    if (checked) next.add(id);
    else next.delete(id);
    return inDataOrder(next);
  };
  return (
    <SettingsSheet summary={shownSummary}>
      <div className="space-y-4">
        <ChoiceList
          name={dashboardParam.parties}
          legend="Parties"
          choices={parties.map((p) => ({ id: p.id, label: p.shortName, detail: p.name }))}
          chosen={shown.parties}
          onToggle={(id, checked) => set({ parties: togglePartyList(id, checked) })}
          only={(id) => link({ parties: [id] })}
          all={link({ parties: [...ctx.partyIds] })}
          none={link({ parties: [] })}
        />
        <ColumnOrder
          parties={shown.parties.flatMap((id) => parties.find((p) => p.id === id) ?? [])}
          move={(from, to) => {
            const next = [...shown.parties];
            const [moved] = next.splice(from, 1);
            if (moved !== undefined) next.splice(to, 0, moved);
            return link({ parties: next });
          }}
        />
        <FilterField
          value={shown.q}
          unmatched={unmatchedTerms}
          onChange={(q) => set({ q }, { replace: true })}
        />
        <ChoiceList
          name={dashboardParam.issues}
          legend="Issues"
          choices={issues.map((i) => ({ id: i.id, label: i.title, detail: i.proposition }))}
          chosen={shown.issues}
          onToggle={(id, checked) => set({ issues: toggleIssueList(id, checked) })}
          only={(id) => link({ issues: [id], q: '' })}
          all={link({ issues: [...ctx.issueIds] })}
          none={link({ issues: [] })}
        />
        {shown.mode === 'changes' && (
          <DateControl
            name={dashboardParam.from}
            label="Changes since"
            value={shown.from}
            emptyLabel="the last event before the latest change"
            range={ctx.dateRange}
            events={events}
            onChange={(from) => set({ from })}
            link={(from) => link({ from })}
          />
        )}
        <DateControl
          name={dashboardParam.asOf}
          label={shown.mode === 'changes' ? 'Changes up to' : 'As of'}
          value={shown.asOf}
          emptyLabel="the latest evidence"
          range={ctx.dateRange}
          events={events}
          onChange={(asOf) => set({ asOf })}
          link={(asOf) => link({ asOf })}
        />
        <label className="block space-y-1">
          <span className="block font-semibold">Order issues</span>
          <select
            id="issue-sort"
            name={dashboardParam.sort}
            value={shown.sort}
            onChange={(event) => {
              const sort = toIssueSort(event.target.value, ctx);
              if (sort) set({ sort });
            }}
            className="w-full rounded border border-slate-500 bg-white px-2 py-1 dark:bg-slate-900"
          >
            <option value="data">As listed</option>
            <option value="divergence">Most divergent first</option>
            {parties
              .filter((p) => shown.parties.includes(p.id))
              .map((p) => (
                <option key={p.id} value={partySort(p.id)}>
                  By {p.shortName}’s stance
                </option>
              ))}
          </select>
        </label>
        {shown.mode === 'matrix' ? (
          <>
            <RadioGroup
              legend="Rows"
              name={dashboardParam.rows}
              options={matrixRowChoices}
              labels={rowLabels}
              value={shown.rows}
              onChange={(rows) => set({ rows })}
            />
            <RadioGroup
              legend="Density"
              name={dashboardParam.density}
              options={densities}
              labels={densityLabels}
              value={shown.density}
              onChange={(density) => set({ density })}
            />
          </>
        ) : (
          <>
            <input type="hidden" name={dashboardParam.rows} value={shown.rows} />
            <input type="hidden" name={dashboardParam.density} value={shown.density} />
          </>
        )}
        {shown.mode !== 'changes' && shown.from && (
          <input type="hidden" name={dashboardParam.from} value={shown.from} />
        )}
        <noscript>
          <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-semibold">
            Apply
          </button>
        </noscript>
      </div>
    </SettingsSheet>
  );
}
