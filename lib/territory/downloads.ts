import { sourceLine } from '../format/source-line';
import type { TerritoryModel } from './territory-model';
import { milesMatch } from './units';

type Cell = string | number | null;

/** A figure we computed, to a millionth: the daily file's own precision (whole m²), without float noise. */
const exact = (value: number) => Number(value.toFixed(6));
export type Table = { header: string[]; rows: Cell[][] };

/** The monthly chart's figures, one row per month and series that has one: what the chart and table show. */
export function monthlyDownload(model: TerritoryModel): Table {
  const { monthly } = model;
  return {
    header: [
      'month',
      'series_id',
      'series',
      'measure',
      `value_${monthly.unit}`,
      'published_km2',
      'published_sq_mi',
      // "no" where the publisher's miles do not match its own km² (a km-to-miles slip): value is then converted.
      'published_sq_mi_matches_km2',
      'status',
      'period',
      'source',
    ],
    rows: monthly.rows.flatMap((row) =>
      monthly.columns.flatMap((column, i) => {
        const cell = row.cells[i];
        if (!cell || cell.value === null) return [];
        return [
          [
            row.month,
            column.id,
            column.name,
            column.kindLabel,
            exact(cell.value),
            cell.publishedKm2,
            cell.publishedSqMi,
            cell.publishedSqMi === null || cell.publishedKm2 === null
              ? null
              : milesMatch(cell.publishedKm2, cell.publishedSqMi)
                ? 'yes'
                : 'no',
            cell.status ?? null,
            cell.period ?? null,
            cell.source ? sourceLine(cell.source) : null,
          ],
        ];
      }),
    ),
  };
}

/** Every day of the daily chart's range, unthinned, with the change from the range's first day. */
export function dailyDownload(model: TerritoryModel): Table {
  const daily = model.daily;
  if (!daily) return { header: ['date'], rows: [] };
  return {
    header: [
      'date',
      `area_${daily.unit}`,
      `change_since_${daily.from}_${daily.unit}`,
      'percent',
      'percent_of',
      // The licence asks for the credit wherever the series goes, a file included.
      'source',
    ],
    rows: daily.rows.map((r) => [
      r.date,
      exact(r.area),
      exact(r.change),
      r.percent,
      daily.denominatorLabel,
      daily.credit,
    ]),
  };
}

/** The whole view as one JSON document: the month's panel, the monthly rows, the daily range and its events. */
export function territoryJson(model: TerritoryModel, view: string) {
  const { panel, monthly, daily } = model;
  return {
    title: model.title,
    view,
    unit: monthly.unitLabel,
    month: {
      month: panel.month,
      label: panel.label,
      figures: panel.cards.map(({ source, colorIndex: _, ...card }) => ({
        ...card,
        source: source?.id ?? null,
      })),
      noFigure: panel.missing,
    },
    monthly: {
      series: monthly.columns.map(({ colorIndex: _, ...c }) => c),
      rows: monthlyDownload(model).rows.map(
        ([
          month,
          series,
          ,
          ,
          value,
          publishedKm2,
          publishedSqMi,
          publishedSqMiMatchesKm2,
          status,
          period,
          source,
        ]) => ({
          month,
          series,
          value,
          publishedKm2,
          publishedSqMi,
          publishedSqMiMatchesKm2:
            publishedSqMiMatchesKm2 === null ? null : publishedSqMiMatchesKm2 === 'yes',
          status,
          period,
          source,
        }),
      ),
    },
    daily: daily
      ? {
          name: daily.name,
          credit: daily.credit,
          from: daily.from,
          to: daily.to,
          baseline: daily.baseline,
          percentOf: daily.denominatorLabel,
          days: daily.rows.map(({ date, area, change, percent }) => ({
            date,
            area: exact(area),
            change: exact(change),
            percent,
          })),
          events: daily.events.map(({ number, id, date, endDate, title }) => ({
            number,
            id,
            date,
            endDate,
            title,
          })),
        }
      : null,
    sources: model.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      publishedOn: s.publishedOn,
      url: s.url,
      line: sourceLine(s),
    })),
  };
}
