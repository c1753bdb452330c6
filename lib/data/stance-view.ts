import 'server-only';
import { dashboardContext } from '../stances/dashboard-context';
import { buildMatrixModel, type MatrixModel } from '../stances/matrix-model';
import type { PositionView, StanceData } from '../stances/stance-data';
import {
  type DashboardContext,
  type DashboardView,
  parseDashboardView,
  serializeDashboardView,
} from '../view/dashboard';
import type { RawParams } from '../view/params';
import { getBrowserStanceData, getCellHistory, getHistories, getStanceData } from './stance-data';

export type StanceView = {
  data: StanceData<PositionView>;
  ctx: DashboardContext;
  view: DashboardView;
  notices: string[];
  model: MatrixModel<PositionView>;
  /** Every parameter of the view, in canonical order: the link that always shows this view. */
  canonicalQuery: URLSearchParams;
};

const maxCached = 500;
const models = new Map<string, MatrixModel<PositionView>>();

/**
 * The dashboard's view of a query, for pages, previews, embeds and downloads alike. Models are cached by the
 * normalised query: the data only changes with a deploy, and many links share a view.
 */
export function getStanceView(raw: RawParams): StanceView {
  const data = getStanceData();
  const ctx = dashboardContext(data);
  const { view, notices } = parseDashboardView(raw, ctx);
  const key = serializeDashboardView(view, ctx).toString();
  let model = models.get(key);
  if (!model) {
    model = buildMatrixModel(data, view, getHistories());
    if (models.size >= maxCached) models.delete(models.keys().next().value ?? '');
    models.set(key, model);
  }
  return {
    data,
    ctx,
    view,
    notices,
    model,
    canonicalQuery: serializeDashboardView(view, ctx, { canonical: true }),
  };
}

/** What the interactive dashboard needs from the server: summaries, the URL context, and an opened cell's evidence. */
export function getExplorerProps(raw: RawParams) {
  const { ctx, view } = getStanceView(raw);
  const history = view.cell ? getCellHistory(view.cell.party, view.cell.issue) : undefined;
  return {
    data: getBrowserStanceData(),
    ctx,
    initialCell: view.cell && history ? { ...view.cell, history } : undefined,
  };
}
