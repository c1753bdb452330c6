'use client';

import { useMemo } from 'react';
import { buildCell, buildMatrixModel } from '@/lib/stances/matrix-model';
import { historyByCell } from '@/lib/stances/position-at';
import type { StanceData } from '@/lib/stances/stance-data';
import { type DashboardContext, parseDashboardView, serializeDashboardView } from '@/lib/view/dashboard';
import { useUrlView } from '../view/use-url-view';
import { ViewNotices } from '../view/view-notices';
import { CompareView } from './compare-view';
import { EvidenceDialog } from './evidence-dialog';
import { StanceLegend } from './stance-legend';
import { StanceMatrix } from './stance-matrix';
import { ViewControls } from './view-controls';

const dashboardUrl = { parse: parseDashboardView, serialize: serializeDashboardView };

export type StanceExplorerProps = { data: StanceData; ctx: DashboardContext };

/** The interactive dashboard: reads its view from the URL, derives everything else, writes changes back. */
export function StanceExplorer({ data, ctx }: StanceExplorerProps) {
  const { view, notices, setView } = useUrlView(dashboardUrl, ctx);
  const histories = useMemo(() => historyByCell(data.positions), [data]);
  const model = useMemo(() => buildMatrixModel(data, view, histories), [data, view, histories]);
  const open = (party: string, issue: string) => setView({ ...view, cell: { party, issue } });
  const openCell = view.cell ? buildCell(histories, view.cell.party, view.cell.issue, view.asOf) : null;

  return (
    <div className="space-y-4">
      <ViewNotices notices={notices} />
      <div className="grid gap-6 lg:grid-cols-[13rem_minmax(0,1fr)]">
        <aside aria-label="View settings" className="lg:order-first">
          <ViewControls data={data} view={view} onChange={setView} />
        </aside>
        <section
          aria-label={view.mode === 'matrix' ? 'Stance matrix' : 'Comparison'}
          className="min-w-0 space-y-3"
        >
          <StanceLegend />
          {view.mode === 'matrix' ? (
            <StanceMatrix model={model} rows={view.rows} onOpen={open} />
          ) : (
            <CompareView model={model} onOpen={open} />
          )}
        </section>
      </div>
      <EvidenceDialog
        cell={openCell}
        party={data.parties.find((p) => p.id === view.cell?.party)}
        issue={data.issues.find((i) => i.id === view.cell?.issue)}
        asOf={view.asOf}
        onClose={() => {
          // Closing because the URL already lost the cell (Back) must not push another entry.
          if (view.cell) setView({ ...view, cell: null });
        }}
      />
    </div>
  );
}
