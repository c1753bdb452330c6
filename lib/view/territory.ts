import { isIsoDate } from '../format/date';
import { type AreaUnit, areaUnits } from '../territory/units';
import {
  Notices,
  quoted,
  type RawParams,
  readChoice,
  readIdList,
  readSingle,
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
  const readDate = (key: 'from' | 'to') => {
    const value = readSingle(params, key, notices);
    if (value === undefined) return null;
    if (!isIsoDate(value)) {
      notices.add(`Ignored “${key}” ${quoted(value)}: not a date written YYYY-MM-DD.`);
      return null;
    }
    if (value < ctx.dateRange.min || value > ctx.dateRange.max) {
      notices.add(`Ignored “${key}” ${quoted(value)}: outside ${ctx.dateRange.min} to ${ctx.dateRange.max}.`);
      return null;
    }
    return value;
  };
  let from = readDate('from');
  let to = readDate('to');
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
