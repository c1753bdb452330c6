import 'server-only';
import {
  type DailyAreaPoint,
  dailyAreaPoints,
  type MonthlyGainRow,
  monthlyGainRows,
} from '../territory/chart-series';
import type { TerritoryData } from '../territory/territory-data';
import type { RawParams } from '../view/params';
import { parseTerritoryView, serializeTerritoryView, type TerritoryView } from '../view/territory';
import { getTerritoryData } from './territory-data';

export type TerritoryViewData = {
  data: TerritoryData;
  view: TerritoryView;
  notices: string[];
  monthly: MonthlyGainRow[];
  daily: { points: DailyAreaPoint[]; total: number };
  canonicalQuery: URLSearchParams;
};

/** The territory view of a query, with the rows its tables and charts show. */
export function getTerritoryView(raw: RawParams): TerritoryViewData {
  const data = getTerritoryData();
  const ctx = { dateRange: data.dateRange };
  const { view, notices } = parseTerritoryView(raw, ctx);
  return {
    data,
    view,
    notices,
    monthly: monthlyGainRows(data.figures, data.daily, view.unit),
    daily: dailyAreaPoints(data.daily, { from: view.from, to: view.to }, view.unit),
    canonicalQuery: serializeTerritoryView(view, ctx, { canonical: true }),
  };
}
