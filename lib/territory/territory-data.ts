import type { DailySeries } from '../data/parse-daily-csv';
import type { MonthlyFigure, MonthlySeries, NegotiationEvent, Source } from '../schemas';
import type { DailyPoint } from './chart-series';

/** What the territory views draw, serialisable for client charts. Daily rows carry only what charts use. */
export type TerritoryData = {
  series: MonthlySeries[];
  figures: MonthlyFigure[];
  daily: DailyPoint[];
  events: Pick<NegotiationEvent, 'id' | 'date' | 'title'>[];
  dateRange: { min: string; max: string };
  sources: Record<string, Pick<Source, 'title' | 'publisher' | 'publishedOn' | 'url'>>;
};

type TerritoryInput = {
  territory: { series: MonthlySeries[]; figures: MonthlyFigure[]; daily: DailySeries };
  events: NegotiationEvent[];
  sources: Source[];
};

export function toTerritoryData({ territory, events, sources }: TerritoryInput): TerritoryData {
  const daily = territory.daily.rows.map(({ date, areaM2, percent }) => ({ date, areaM2, percent }));
  const cited = new Set([
    ...territory.figures.map((f) => f.source),
    ...territory.series.map((s) => s.definitionSource),
  ]);
  return {
    series: territory.series,
    figures: territory.figures,
    daily,
    events: events.map(({ id, date, title }) => ({ id, date, title })),
    dateRange: { min: daily[0]?.date ?? '2022-02-22', max: daily.at(-1)?.date ?? '2026-08-21' },
    sources: Object.fromEntries(
      sources
        .filter((s) => cited.has(s.id))
        .map(({ id, title, publisher, publishedOn, url }) => [id, { title, publisher, publishedOn, url }]),
    ),
  };
}
