import 'server-only';
import { cache } from 'react';
import { getDataset } from '@/lib/data';
import { buildCellEvidence, type CellEvidence } from '@/lib/stances/cell-evidence';
import { buildChanges, type ChangesModel } from '@/lib/stances/changes';
import { describeView, type ViewDescription } from '@/lib/stances/describe';
import { buildMatrixModel, type MatrixModel } from '@/lib/stances/matrix-model';
import { type StanceData, stanceDataOf } from '@/lib/stances/stance-data';
import {
  type DashboardContext,
  type DashboardView,
  parseDashboardView,
  serializeDashboardView,
  shareDashboardView,
} from '@/lib/view/dashboard';
import { type RawParams, toQueryString, toSearchParams } from '@/lib/view/params';

export type Dashboard = {
  data: StanceData;
  ctx: DashboardContext;
  view: DashboardView;
  notices: string[];
  model: MatrixModel;
  changes: ChangesModel | undefined;
  evidence: CellEvidence | undefined;
  description: ViewDescription;
  /** The query that shows exactly this view, its dates pinned: what "Copy link", citations and embeds use. */
  shareQuery: string;
};

/** What the dashboard's URL parser needs to know of the data. */
export function dashboardContext(data: StanceData): DashboardContext {
  return {
    partyIds: data.parties.map((p) => p.id),
    issueIds: data.issues.map((i) => i.id),
    defaultParties: data.defaultParties,
    dateRange: data.dateRange,
  };
}

/** The link to a dashboard view, at a path that shows it (the page or its embed). */
export function dashboardHref(view: DashboardView, ctx: DashboardContext, path = '/'): string {
  return `${path}${toQueryString(serializeDashboardView(view, ctx))}`;
}

/**
 * The dashboard's one computation path: URL → view → model. The page, its metadata, the embed, the preview image
 * and the downloads all call this, so what a file or an image holds is what the page shows. Cached per request.
 */
export const loadDashboard = cache((query: string): Dashboard => {
  const data = stanceDataOf(getDataset());
  const ctx = dashboardContext(data);
  const { view, notices } = parseDashboardView(new URLSearchParams(query), ctx);
  const model = buildMatrixModel(data, view);
  const changes = view.mode === 'changes' ? buildChanges(data, model, view) : undefined;
  const evidence = view.cell ? buildCellEvidence(data, view.cell, model.asOf) : undefined;
  const description = describeView(data, {
    mode: view.mode,
    model,
    changes,
    evidence,
  });
  const shareQuery = toQueryString(
    shareDashboardView(view, ctx, { asOf: model.asOf, from: changes?.from ?? null }),
  );
  return { data, ctx, view, notices, model, changes, evidence, description, shareQuery };
});

/** The dashboard for a request's query, however Next hands it over. */
export function dashboardFor(raw: RawParams): Dashboard {
  return loadDashboard(toSearchParams(raw).toString());
}
