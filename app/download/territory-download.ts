import { getTerritoryView } from '@/lib/data/territory-view';
import { toCsv } from '@/lib/format/csv';
import { areaUnitLabels } from '@/lib/territory/units';
import { toQueryString } from '@/lib/view/params';
import { fileResponse } from './file-response';

const economistSourceId = 'economist-isw-daily';

export function territoryDownload(
  params: URLSearchParams,
  format: 'monthly-csv' | 'daily-csv' | 'json',
): Response {
  const { data, view, monthly, daily, canonicalQuery } = getTerritoryView(params);
  const unit = areaUnitLabels[view.unit];
  const figureSource = (series: string, month: string) => {
    if (series === 'economist') return data.sources[economistSourceId];
    const figures = data.figures.filter((f) => f.series === series && f.month === month);
    const figure = figures.find((f) => f.status === 'revised') ?? figures[0];
    return figure ? data.sources[figure.source] : undefined;
  };
  const monthlyRows = monthly.flatMap((row) =>
    view.series.map((series) => {
      const source = figureSource(series, row.month);
      return {
        month: row.month,
        series,
        gain: row.values[series],
        unit,
        publishedSqMi: row.publishedSqMi[series] ?? null,
        source: source ? `${source.title} (${source.publisher}) ${source.url ?? 'no address'}` : null,
      };
    }),
  );
  const economist = data.sources[economistSourceId];
  const dailySource = economist ? `${economist.title} (${economist.publisher}) ${economist.url ?? ''}` : '';

  if (format === 'monthly-csv') {
    const csv = toCsv(
      ['month', 'series', 'net_gain', 'unit', 'published_sq_mi', 'source'],
      monthlyRows.map((r) => [r.month, r.series, r.gain, r.unit, r.publishedSqMi, r.source]),
    );
    return fileResponse(csv, 'parley-territory-monthly.csv', 'text/csv');
  }
  if (format === 'daily-csv') {
    const csv = toCsv(
      ['date', 'area', 'unit', 'percent_of_603628_km2', 'source'],
      daily.points.map((p) => [p.date, p.area, unit, p.percent, dailySource]),
    );
    return fileResponse(csv, 'parley-territory-daily.csv', 'text/csv');
  }
  const body = {
    view: `/territory${toQueryString(canonicalQuery)}`,
    unit,
    monthly: monthlyRows,
    daily: { shown: daily.points.length, ofDays: daily.total, points: daily.points, source: dailySource },
    credit: 'Source: The Economist, from ISW / Critical Threats Project data (CC BY 4.0); AFP; DeepState',
  };
  return fileResponse(`${JSON.stringify(body, null, 2)}\n`, 'parley-territory.json', 'application/json');
}
