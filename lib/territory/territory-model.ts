import type { AreaUnit } from '../schemas/closed-sets';
import { buildDailyRange, type DailyModel, type RangeChoices, rangePresets } from './daily-range';
import { buildMonthPanel, type MonthPanel, monthChoices } from './month-panel';
import { buildMonthlyRows, type MonthlyModel } from './monthly-rows';
import type { SourceRef, TerritoryData } from './territory-data';

/** What a territory view asks for, as plain values (the URL's parser lives in lib/view). */
export type TerritoryRequest = {
  month: string;
  unit: AreaUnit;
  series: readonly string[];
  from: string | null;
  to: string | null;
};

/** Everything a territory view shows, built once per request: the page, embed, preview and downloads read it. */
export type TerritoryModel = {
  panel: MonthPanel;
  months: ReturnType<typeof monthChoices>;
  monthly: MonthlyModel;
  daily: DailyModel | undefined;
  /** The daily range's control; undefined without a daily series. */
  ranges: RangeChoices | undefined;
  /** The page's title and description, for previews: the month's figures by source, never merged. */
  title: string;
  description: string;
  /** Every source the view rests on, each once. */
  sources: SourceRef[];
};

export function buildTerritoryModel(data: TerritoryData, request: TerritoryRequest): TerritoryModel {
  const panel = buildMonthPanel(data, request.month, request.unit);
  const monthly = buildMonthlyRows(data, request.series, request.unit, request.month);
  const daily =
    request.from !== null && request.to !== null
      ? buildDailyRange(data, { from: request.from, to: request.to }, request.unit)
      : undefined;
  const { from, to } = data.defaultRange;
  const ranges =
    data.daily && from !== null && to !== null
      ? { ...data.daily.range, presets: rangePresets(data.daily.range, { from, to }, panel) }
      : undefined;
  const lead = panel.cards[0];
  return {
    panel,
    months: monthChoices(data),
    monthly,
    daily,
    ranges,
    title: lead
      ? `Territory: ${lead.value} in ${panel.label}${lead.part ? ` (${lead.part})` : ''}, per ${lead.name}`
      : `Territory: ${panel.label}`,
    description:
      panel.cards.length > 0
        ? `${panel.label}, by source: ${panel.cards.map((c) => `${c.name}, ${c.value} ${c.what}`).join('; ')}. Each source counts differently; none is adjusted to another.`
        : `No source has figures for ${panel.label}.`,
    sources: viewSources(data, panel, monthly),
  };
}

function viewSources(data: TerritoryData, panel: MonthPanel, monthly: MonthlyModel): SourceRef[] {
  const all = [
    ...panel.headlineSources,
    ...panel.cards.flatMap((c) => c.source ?? []),
    ...data.series.flatMap((s) => s.definitionSource ?? []),
    ...monthly.rows.flatMap((r) => r.cells.flatMap((c) => c.source ?? [])),
  ];
  return [...new Map(all.map((s) => [s.id, s])).values()];
}
