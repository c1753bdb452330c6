import { type AreaUnit, areaUnits } from '../schemas/closed-sets';
import {
  Notices,
  quoted,
  type RawParams,
  readChoice,
  readDate,
  readIdList,
  readSingle,
  reportUnknownKeys,
  toSearchParams,
} from './params';

export const territoryDisplays = ['chart', 'table'] as const;
export type TerritoryDisplay = (typeof territoryDisplays)[number];

/** The parameter names of /territory, in the order a link writes them. */
export const territoryKeys = ['month', 'unit', 'display', 'series', 'from', 'to'] as const;
export type TerritoryKey = (typeof territoryKeys)[number];

export type TerritoryView = {
  /** The month of the side-by-side panel, YYYY-MM. */
  month: string;
  unit: AreaUnit;
  display: TerritoryDisplay;
  /** The monthly chart's series, in the data's order; empty when the reader switched them all off. */
  series: string[];
  /** The daily chart's first and last day; null only when the case has no daily series. */
  from: string | null;
  to: string | null;
};

/** What the parser needs to know of the data: the ids and months it may accept, and the case's defaults. */
export type TerritoryContext = {
  /** Every series the monthly chart can draw, in the data's order. */
  seriesIds: readonly string[];
  /** Every month that has at least one figure, YYYY-MM. */
  months: readonly string[];
  /** The daily series' first and last day, or null when the case has none. */
  dateRange: { min: string; max: string } | null;
  /** The case's headline month and default daily range, resolved to real dates inside `dateRange`. */
  defaults: { month: string; from: string | null; to: string | null };
};

export function defaultTerritoryView(ctx: TerritoryContext): TerritoryView {
  return {
    month: ctx.defaults.month,
    unit: 'km2',
    display: 'chart',
    series: [...ctx.seriesIds],
    from: ctx.defaults.from,
    to: ctx.defaults.to,
  };
}

/** Reads a /territory URL. Never throws: whatever it cannot use falls back to the default and is reported. */
export function parseTerritoryView(
  raw: RawParams,
  ctx: TerritoryContext,
): { view: TerritoryView; notices: string[] } {
  const params = toSearchParams(raw);
  const notices = new Notices();
  const defaults = defaultTerritoryView(ctx);
  reportUnknownKeys(params, territoryKeys, notices);
  const series = readIdList(params, 'series', ctx.seriesIds, notices, 'series');
  const range = readRange(params, ctx, notices);
  return {
    view: {
      month: readMonth(params, ctx, notices) ?? defaults.month,
      unit: readChoice(params, 'unit', areaUnits, notices) ?? defaults.unit,
      display: readChoice(params, 'display', territoryDisplays, notices) ?? defaults.display,
      // One order whatever the link's: the data's, so one view has one spelling.
      series: series ? ctx.seriesIds.filter((id) => series.includes(id)) : defaults.series,
      from: range.from,
      to: range.to,
    },
    notices: notices.list(),
  };
}

function readMonth(params: URLSearchParams, ctx: TerritoryContext, notices: Notices): string | undefined {
  const value = readSingle(params, 'month', notices);
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}$/.test(value)) {
    notices.add(`Ignored “month” ${quoted(value)}: not a month written YYYY-MM.`);
    return undefined;
  }
  if (!ctx.months.includes(value)) {
    notices.add(`Ignored “month” ${quoted(value)}: no source has figures for that month.`);
    return undefined;
  }
  return value;
}

function readRange(
  params: URLSearchParams,
  ctx: TerritoryContext,
  notices: Notices,
): { from: string | null; to: string | null } {
  const fallback = { from: ctx.defaults.from, to: ctx.defaults.to };
  if (!ctx.dateRange) {
    for (const key of ['from', 'to'] as const)
      if (params.has(key)) notices.add(`Ignored “${key}”: there is no daily series to show a range of.`);
    return fallback;
  }
  const from = readDate(params, 'from', ctx.dateRange, notices) ?? fallback.from;
  const to = readDate(params, 'to', ctx.dateRange, notices) ?? fallback.to;
  if (from !== null && to !== null && from > to) {
    notices.add(`Ignored the range ${quoted(from)} to ${quoted(to)}: it ends before it starts.`);
    return fallback;
  }
  return { from, to };
}

/**
 * Writes a view as query parameters in the order of `territoryKeys`, leaving defaults out: one spelling per view.
 * `pin` writes the month and the range even where they are the defaults, as a share link does, so the link keeps
 * showing the same view after the data moves on.
 */
export function serializeTerritoryView(
  view: TerritoryView,
  ctx: TerritoryContext,
  { pin = false }: { pin?: boolean } = {},
): URLSearchParams {
  const defaults = defaultTerritoryView(ctx);
  const values: Record<TerritoryKey, [string, string, boolean]> = {
    month: [view.month, defaults.month, pin],
    unit: [view.unit, defaults.unit, false],
    display: [view.display, defaults.display, false],
    series: [view.series.join(','), defaults.series.join(','), false],
    from: [view.from ?? '', defaults.from ?? '', pin],
    to: [view.to ?? '', defaults.to ?? '', pin],
  };
  const params = new URLSearchParams();
  for (const key of territoryKeys) {
    const [value, fallback, pinned] = values[key];
    // An emptied series list differs from the default list, so it is written, as "series=".
    if (value !== fallback || (pinned && value !== '')) params.set(key, value);
  }
  return params;
}

/** The link to share: the view with its month and range pinned. */
export function shareTerritoryView(view: TerritoryView, ctx: TerritoryContext): URLSearchParams {
  return serializeTerritoryView(view, ctx, { pin: true });
}
