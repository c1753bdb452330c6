'use client';

import { useCallback, useMemo, useRef } from 'react';
import { describeDashboardView } from '@/lib/stances/describe';
import { diffCells } from '@/lib/stances/diff';
import { buildCell, buildMatrixModel } from '@/lib/stances/matrix-model';
import { historyByCell } from '@/lib/stances/position-at';
import type { PositionView, StanceData } from '@/lib/stances/stance-data';
import { viewRows, viewSources } from '@/lib/stances/view-rows';
import { type DashboardContext, parseDashboardView, serializeDashboardView } from '@/lib/view/dashboard';
import { toQueryString } from '@/lib/view/params';
import { ShareBar } from '../share/share-bar';
import { useUrlView } from '../view/use-url-view';
import { ViewNotices } from '../view/view-notices';
import { ChangesView } from './changes-view';
import { CompareView } from './compare-view';
import { EvidenceDialog } from './evidence-dialog';
import { StanceLegend } from './stance-legend';
import { StanceMatrix } from './stance-matrix';
import { useCellHistory } from './use-cell-history';
import { ViewControls } from './view-controls';

const sectionLabels = { matrix: 'Stance matrix', compare: 'Comparison', changes: 'Changes' } as const;

const dashboardUrl = { parse: parseDashboardView, serialize: serializeDashboardView };

export type StanceExplorerProps = {
  data: StanceData;
  ctx: DashboardContext;
  /** In an embed: the table or comparison only, with a link back, and no controls. */
  embedded?: boolean;
  /** The evidence of the cell the link opens, sent with the page. */
  initialCell?: { party: string; issue: string; history: PositionView[] };
};

/** The interactive dashboard: reads its view from the URL, derives everything else, writes changes back. */
export function StanceExplorer({ data, ctx, embedded = false, initialCell }: StanceExplorerProps) {
  const { view, notices, setView } = useUrlView(dashboardUrl, ctx);
  const histories = useMemo(() => historyByCell(data.positions), [data]);
  const model = useMemo(() => buildMatrixModel(data, view, histories), [data, view, histories]);
  // A stable callback, so the memoised table does not redraw just because the explorer did.
  const viewRef = useRef(view);
  viewRef.current = view;
  const open = useCallback(
    (party: string, issue: string) => setView({ ...viewRef.current, cell: { party, issue } }),
    [setView],
  );
  const openCell = view.cell ? buildCell(histories, view.cell.party, view.cell.issue, view.asOf) : null;
  const evidence = useCellHistory(view.cell, initialCell);
  const from = view.from ?? data.dateRange.min;
  const to = view.asOf ?? data.dateRange.max;
  const canonicalQuery = toQueryString(serializeDashboardView(view, ctx, { canonical: true }));
  const { title } = describeDashboardView(data, view, model);
  const sources = useMemo(() => viewSources(viewRows(model, data.sources)), [model, data.sources]);

  const content = (
    <section aria-label={sectionLabels[view.mode]} className="min-w-0 space-y-3">
      <StanceLegend />
      {view.mode === 'matrix' && <StanceMatrix model={model} rows={view.rows} onOpen={open} />}
      {view.mode === 'compare' && <CompareView model={model} onOpen={open} />}
      {view.mode === 'changes' && (
        <ChangesView
          changes={diffCells(
            histories,
            view.parties,
            model.issues.map((i) => i.id),
            from,
            to,
          )}
          from={from}
          to={to}
          data={data}
          onOpen={open}
        />
      )}
    </section>
  );

  return (
    <div className="space-y-4">
      <ViewNotices notices={notices} />
      {embedded ? (
        <>
          <p className="text-sm">
            <a href={`/${canonicalQuery}`} target="_blank" rel="noopener">
              {title}: open in Parley
            </a>
          </p>
          {content}
        </>
      ) : (
        <>
          <ShareBar
            path="/"
            canonicalQuery={canonicalQuery}
            title={title}
            embedPath="/embed/stances"
            downloads={[
              { label: 'Download CSV', href: `/download/stances.csv${canonicalQuery}` },
              { label: 'Download JSON', href: `/download/stances.json${canonicalQuery}` },
            ]}
            sources={sources}
          />
          <div className="grid gap-6 lg:grid-cols-[13rem_minmax(0,1fr)]">
            <aside aria-label="View settings" className="max-lg:order-last">
              <ViewControls data={data} view={view} onChange={setView} />
            </aside>
            {content}
          </div>
        </>
      )}
      <EvidenceDialog
        cell={openCell}
        party={data.parties.find((p) => p.id === view.cell?.party)}
        issue={data.issues.find((i) => i.id === view.cell?.issue)}
        asOf={view.asOf}
        evidence={evidence}
        citeUrl={() => `${window.location.origin}/${canonicalQuery}`}
        onClose={() => {
          // Closing because the URL already lost the cell (Back) must not push another entry.
          if (view.cell) setView({ ...view, cell: null });
        }}
      />
    </div>
  );
}
