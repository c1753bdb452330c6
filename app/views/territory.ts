import 'server-only';
import { cache } from 'react';
import { getDataset } from '@/lib/data';
import { buildTerritoryMethod, type TerritoryMethod } from '@/lib/territory/method';
import type { MonthPanel } from '@/lib/territory/month-panel';
import { buildMonthPanel } from '@/lib/territory/month-panel';
import { type TerritoryData, territoryDataOf, territoryUrlContext } from '@/lib/territory/territory-data';
import { buildTerritoryModel, type TerritoryModel } from '@/lib/territory/territory-model';
import { type RawParams, toQueryString, toSearchParams } from '@/lib/view/params';
import { viewPaths } from '@/lib/view/paths';
import {
  defaultTerritoryView,
  parseTerritoryView,
  serializeTerritoryView,
  shareTerritoryView,
  type TerritoryContext,
  type TerritoryView,
} from '@/lib/view/territory';

export type Territory = {
  data: TerritoryData;
  ctx: TerritoryContext;
  view: TerritoryView;
  notices: string[];
  model: TerritoryModel;
  /** The query that shows exactly this view, its month and range pinned: "Copy link", embeds and files. */
  shareQuery: string;
  /**
   * The view's one compact spelling, defaults left out: what previews name (canonical link, og:url, og:image), as
   * a pinned month or range equal to today's defaults is answered with a redirect to this, which crawlers may not
   * follow for an image.
   */
  viewQuery: string;
};

/** The case's territory data, or undefined when the case has no territory block. */
function territoryData(): TerritoryData | undefined {
  return territoryDataOf(getDataset());
}

/**
 * The territory views' one computation path: URL → view → model. The page, its metadata, the embed, the preview
 * image and the downloads all call this, so a file or an image holds what the page shows. Cached per request.
 */
const loadTerritory = cache((query: string): Territory | undefined => {
  const data = territoryData();
  if (!data) return undefined;
  const ctx = territoryUrlContext(data);
  const { view, notices } = parseTerritoryView(new URLSearchParams(query), ctx);
  const model = buildTerritoryModel(data, view);
  return {
    data,
    ctx,
    view,
    notices,
    model,
    shareQuery: toQueryString(shareTerritoryView(view, ctx)),
    viewQuery: toQueryString(serializeTerritoryView(view, ctx)),
  };
});

/** The territory view for a request's query, however Next hands it over. */
export function territoryFor(raw: RawParams): Territory | undefined {
  return loadTerritory(toSearchParams(raw).toString());
}

/** The headline month's figures by source, for a compact panel elsewhere (the home page), and its link. */
export type TerritoryHeadline = { panel: MonthPanel; href: string };

export const territoryHeadline = cache((): TerritoryHeadline | undefined => {
  const data = territoryData();
  if (!data) return undefined;
  const ctx = territoryUrlContext(data);
  const panel = buildMonthPanel(data, ctx.defaults.month, defaultTerritoryView(ctx).unit);
  return { panel, href: viewPaths.territory };
});

/** How the territory figures are read, for the methodology page; undefined when the case has no territory block. */
export const territoryMethod = cache((): TerritoryMethod | undefined => {
  const data = territoryData();
  return data && buildTerritoryMethod(data);
});
