import { sourceLine } from '../format/source-line';
import type { TerritoryModel } from './territory-model';
import { milesMatch } from './units';

type Cell = string | number | null;

/** A figure we computed, to a millionth: the daily file's own precision (whole m²), without float noise. */
const exact = (value: number) => Number(value.toFixed(6));
export type Table = { header: string[]; rows: Cell[][] };

/** One month's figure of one series, as both files write it. */
type MonthlyRecord = {
  month: string;
  seriesId: string;
  series: string;
  measure: string;
  value: number;
  publishedKm2: number | null;
  publishedSqMi: number | null;
  /** False where the publisher's miles do not match its own km² (a km-to-miles slip): value is then converted. */
  publishedSqMiMatchesKm2: boolean | null;
  status: string | null;
  period: string | null;
  source: string | null;
};

/** The monthly chart's figures, one per month and series that has one: what the chart and table show. */
function monthlyRecords(model: TerritoryModel): MonthlyRecord[] {
  const { monthly } = model;
  return monthly.rows.flatMap((row) =>
    monthly.columns.flatMap((column, i) => {
      const cell = row.cells[i];
      if (!cell || cell.value === null) return [];
      return [
        {
          month: row.month,
          seriesId: column.id,
          series: column.name,
          measure: column.kindLabel,
          value: exact(cell.value),
          publishedKm2: cell.publishedKm2,
          publishedSqMi: cell.publishedSqMi,
          publishedSqMiMatchesKm2:
            cell.publishedSqMi === null || cell.publishedKm2 === null
              ? null
              : milesMatch(cell.publishedKm2, cell.publishedSqMi),
          status: cell.status ?? null,
          period: cell.period ?? null,
          source: cell.source ? sourceLine(cell.source) : null,
        },
      ];
    }),
  );
}

/** The monthly CSV: its columns named for a spreadsheet, each read from a record by name. */
export function monthlyDownload(model: TerritoryModel): Table {
  const yesNo = (b: boolean | null) => (b === null ? null : b ? 'yes' : 'no');
  const columns: [string, (r: MonthlyRecord) => Cell][] = [
    ['month', (r) => r.month],
    ['series_id', (r) => r.seriesId],
    ['series', (r) => r.series],
    ['measure', (r) => r.measure],
    [`value_${model.monthly.unit}`, (r) => r.value],
    ['published_km2', (r) => r.publishedKm2],
    ['published_sq_mi', (r) => r.publishedSqMi],
    ['published_sq_mi_matches_km2', (r) => yesNo(r.publishedSqMiMatchesKm2)],
    ['status', (r) => r.status],
    ['period', (r) => r.period],
    ['source', (r) => r.source],
  ];
  return {
    header: columns.map(([name]) => name),
    rows: monthlyRecords(model).map((r) => columns.map(([, value]) => value(r))),
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
      // The series' name and measure are in `series` above; a row names its series by id.
      rows: monthlyRecords(model).map(({ seriesId, series: _, measure: __, ...figure }) => ({
        ...figure,
        series: seriesId,
      })),
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
