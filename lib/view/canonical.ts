import { type DashboardContext, parseDashboardView, serializeDashboardView } from './dashboard';
import { toQueryString } from './params';
import { downloadFiles, downloadPath, viewPaths } from './paths';
import { parseTerritoryView, serializeTerritoryView, type TerritoryContext } from './territory';

/** What the parsers need to know of the data: the ids and dates a view may name (no territory's for a case
 * without territorial figures). */
export type ViewContexts = { dashboard: DashboardContext; territory: TerritoryContext | undefined };

type CompactQuery = (
  params: URLSearchParams,
  contexts: ViewContexts,
) => { notices: string[]; compact: string } | undefined;

const dashboard: CompactQuery = (params, { dashboard: ctx }) => {
  const { view, notices } = parseDashboardView(params, ctx);
  return { notices, compact: toQueryString(serializeDashboardView(view, ctx)) };
};

const territory: CompactQuery = (params, { territory: ctx }) => {
  if (!ctx) return undefined;
  const { view, notices } = parseTerritoryView(params, ctx);
  return { notices, compact: toQueryString(serializeTerritoryView(view, ctx)) };
};

/** Every path whose query is a view, with the parser that reads it. */
const views = new Map<string, CompactQuery>([
  [viewPaths.dashboard, dashboard],
  [viewPaths.embedStances, dashboard],
  [viewPaths.previewStances, dashboard],
  [downloadPath(downloadFiles.stancesCsv), dashboard],
  [downloadPath(downloadFiles.stancesJson), dashboard],
  [viewPaths.territory, territory],
  [viewPaths.embedTerritory, territory],
  [viewPaths.previewTerritory, territory],
  [downloadPath(downloadFiles.territoryMonthlyCsv), territory],
  [downloadPath(downloadFiles.territoryDailyCsv), territory],
  [downloadPath(downloadFiles.territoryJson), territory],
]);

/** Whether a path's query is a view: only then is there a compact spelling to send it to. */
export function isViewPath(pathname: string): boolean {
  return views.has(pathname);
}

/** Next.js's own cache-busting parameter on RSC requests: never part of a view, kept as it came. */
const rscParam = '_rsc';

/**
 * Where a view's request should be answered from: the compact spelling of the same view (parameters in their
 * fixed order, defaults left out, a repeated list key written once), or null when the request already spells it
 * that way, is not a view, or had values the parser ignored: such a view is shown with its notices, never
 * redirected, so that the reader learns what was ignored. One view, one URL, one cache entry.
 */
export function canonicalHref(
  pathname: string,
  searchParams: URLSearchParams,
  contexts: ViewContexts,
): string | null {
  const read = views.get(pathname);
  if (!read) return null;
  const params = new URLSearchParams(searchParams);
  const rsc = params.getAll(rscParam);
  params.delete(rscParam);
  const parsed = read(params, contexts);
  if (!parsed) return null;
  const { notices, compact } = parsed;
  if (notices.length > 0 || compact === toQueryString(params)) return null;
  if (rsc.length === 0) return `${pathname}${compact}`;
  const target = new URLSearchParams(compact);
  for (const value of rsc) target.append(rscParam, value);
  return `${pathname}${toQueryString(target)}`;
}
