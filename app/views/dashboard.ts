import 'server-only';
import type { Metadata } from 'next';
import { cache } from 'react';
import { getDataset } from '@/lib/data';
import { type AgreementRow, buildAgreement } from '@/lib/stances/agreement';
import { buildCellEvidence, type CellEvidence } from '@/lib/stances/cell-evidence';
import { type ChangeRow, changeRowSources, changeRows } from '@/lib/stances/change-rows';
import { buildChanges, type ChangesModel, cellMoved } from '@/lib/stances/changes';
import { cellCitations, type StatementCitation } from '@/lib/stances/citation';
import { describeView, type ViewDescription } from '@/lib/stances/describe';
import { buildMatrixModel, type MatrixModel } from '@/lib/stances/matrix-model';
import { type SourceView, type StanceData, stanceDataOf } from '@/lib/stances/stance-data';
import { rowSources, type StanceRow, stanceRows } from '@/lib/stances/stance-rows';
import { type CellOutside, cellOutsideView } from '@/lib/view/cell-outside';
import {
  type DashboardContext,
  type DashboardView,
  defaultDashboardView,
  parseDashboardView,
  serializeDashboardView,
  shareDashboardView,
  sortedParty,
} from '@/lib/view/dashboard';
import { serializeFeedView } from '@/lib/view/feed';
import { type RawParams, toQueryString, toSearchParams } from '@/lib/view/params';
import { viewPaths } from '@/lib/view/paths';
import { previewMetadata } from '@/lib/view/preview-metadata';
import { absoluteUrl } from './site';

export type Dashboard = {
  data: StanceData;
  ctx: DashboardContext;
  view: DashboardView;
  notices: string[];
  model: MatrixModel;
  changes: ChangesModel | undefined;
  evidence: CellEvidence | undefined;
  /** When the open cell is outside the view (a shared link may open any cell): why, and the view that shows it. */
  cellOutside: { outside: CellOutside; showing: DashboardView } | null;
  description: ViewDescription;
  /** The query that shows exactly this view, its dates pinned: what "Copy link", citations and embeds use. */
  shareQuery: string;
  /** How closely each shown party agrees with each other one (the comparison's heatmap). */
  agreement: AgreementRow[];
  /** The view's cells as rows, in the table's order: what its files hold. */
  rows: StanceRow[];
  /** In the changes view, its changed cells as rows, in its order: what its files hold instead. */
  changeRows: ChangeRow[] | undefined;
  /** The sources the view's rows rest on (its files list them). */
  sources: SourceView[];
  /** The open cell's statements, ready to cite with the view's pinned link. */
  citations: StatementCitation[];
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

/** The feed of changes that follows a view: filtered to its parties and issues when they are not the defaults. */
export function dashboardFeedHref(view: DashboardView, ctx: DashboardContext): string {
  const same = (a: readonly string[], b: readonly string[]) => a.join(',') === b.join(',');
  const filter = {
    parties: same(view.parties, ctx.defaultParties) ? [] : view.parties,
    issues: same(view.issues, ctx.issueIds) ? [] : view.issues,
  };
  return `${viewPaths.feed}${toQueryString(serializeFeedView(filter))}`;
}

/** The link to a dashboard view, at a path that shows it (the page or its embed). */
export function dashboardHref(
  view: DashboardView,
  ctx: DashboardContext,
  path: string = viewPaths.dashboard,
): string {
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
  const party = sortedParty(view.sort);
  const model = buildMatrixModel(data, {
    ...view,
    sortBy: party !== undefined ? { party } : view.sort === 'divergence' ? 'divergence' : 'data',
  });
  const changes = view.mode === 'changes' ? buildChanges(data, model, view) : undefined;
  const evidence = view.cell ? buildCellEvidence(data, view.cell, model.asOf) : undefined;
  const description = describeView(data, {
    mode: view.mode,
    model,
    changes,
    evidence,
  });
  const rows = stanceRows(model);
  const changed = changes && changeRows(changes, data);
  const shareQuery = toQueryString(
    shareDashboardView(view, ctx, { asOf: model.asOf, from: changes?.from ?? null }),
  );
  return {
    data,
    ctx,
    view,
    notices,
    model,
    changes,
    evidence,
    cellOutside: cellOutsideView(
      view,
      { parties: model.parties.map((p) => p.id), issues: model.issues.map((i) => i.id) },
      changes !== undefined && view.cell !== null && !cellMoved(data, changes, view.cell),
    ),
    description,
    shareQuery,
    agreement: view.mode === 'compare' ? buildAgreement(model) : [],
    rows,
    changeRows: changed,
    sources: changed ? changeRowSources(changed) : rowSources(rows),
    citations: cellCitations(evidence?.current, {
      title: description.title,
      url: absoluteUrl(`${viewPaths.dashboard}${shareQuery}`),
    }),
  };
});

/** The dashboard of a view given as fields (a party's page, an issue's page): the defaults and these changes. */
export function dashboardForView(patch: Partial<DashboardView>): Dashboard {
  const ctx = dashboardContext(stanceDataOf(getDataset()));
  return loadDashboard(serializeDashboardView({ ...defaultDashboardView(ctx), ...patch }, ctx).toString());
}

/**
 * The preview of a page that shows one dashboard view of its own (a party's page, an issue's page): the page's own
 * address, and the dashboard's image of the same view.
 */
export function viewPageMetadata(
  dashboard: Pick<Dashboard, 'view' | 'ctx'>,
  page: { title: string; description: string; path: string },
): Metadata {
  const { view, ctx } = dashboard;
  return previewMetadata({
    ...page,
    canonicalPath: page.path,
    image: viewPaths.previewStances,
    query: new URLSearchParams(),
    imageQuery: serializeDashboardView(view, ctx),
    feed: dashboardFeedHref(view, ctx),
  });
}

/** The dashboard for a request's query, however Next hands it over. */
export function dashboardFor(raw: RawParams): Dashboard {
  return loadDashboard(toSearchParams(raw).toString());
}
