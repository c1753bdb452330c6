import { type AreaUnit, areaUnits } from '../territory/units';
import {
  Notices,
  type RawParams,
  readChoice,
  readDate,
  readIdList,
  reportUnknownKeys,
  toSearchParams,
} from './params';

/** The monthly series the gains chart can draw, each separately: AFP, DeepState, and the Economist series' months. */
export const monthlyChartSeries = ['afp-isw', 'deepstate', 'economist'] as const;
export type MonthlyChartSeries = (typeof monthlyChartSeries)[number];

export const territoryDisplays = ['chart', 'table'] as const;
export type TerritoryDisplay = (typeof territoryDisplays)[number];

export const territoryKeys = ['unit', 'display', 'series', 'from', 'to'] as const;

export type TerritoryView = {
  unit: AreaUnit;
  display: TerritoryDisplay;
  series: MonthlyChartSeries[];
  /** Range of the daily chart; null means the series' own first or last day. */
  from: string | null;
  to: string | null;
};

export type TerritoryContext = { dateRange: { min: string; max: string } };

export function defaultTerritoryView(): TerritoryView {
  return { unit: 'km2', display: 'chart', series: ['afp-isw'], from: null, to: null };
}

export function parseTerritoryView(
  raw: RawParams,
  ctx: TerritoryContext,
): { view: TerritoryView; notices: string[] } {
  const params = toSearchParams(raw);
  const notices = new Notices();
  const defaults = defaultTerritoryView();
  reportUnknownKeys(params, territoryKeys, notices);
  let from = readDate(params, 'from', ctx.dateRange, notices);
  let to = readDate(params, 'to', ctx.dateRange, notices);
  if (from && to && from > to) {
    notices.add('Ignored the range: “from” is after “to”.');
    from = null;
    to = null;
  }
  return {
    view: {
      unit: readChoice(params, 'unit', areaUnits, notices) ?? defaults.unit,
      display: readChoice(params, 'display', territoryDisplays, notices) ?? defaults.display,
      series: readIdList(params, 'series', monthlyChartSeries, notices, 'series') ?? defaults.series,
      from,
      to,
    },
    notices: notices.list(),
  };
}

export function serializeTerritoryView(
  view: TerritoryView,
  _ctx: TerritoryContext,
  { canonical = false }: { canonical?: boolean } = {},
): URLSearchParams {
  const defaults = defaultTerritoryView();
  const params = new URLSearchParams();
  const put = (key: (typeof territoryKeys)[number], value: string | null, fallback: string | null) => {
    if (value === null || value === '') return;
    if (canonical || value !== fallback) params.set(key, value);
  };
  put('unit', view.unit, defaults.unit);
  put('display', view.display, defaults.display);
  put('series', view.series.join(','), defaults.series.join(','));
  put('from', view.from, null);
  put('to', view.to, null);
  return params;
}
