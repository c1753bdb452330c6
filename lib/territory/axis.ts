import { dayMs, formatDayMonth, formatShortMonth, isoDayOf } from '../format/date';
import { formatNumber } from '../format/number';
import { type AreaUnit, areaUnits } from '../schemas/closed-sets';
import { km2ToUnit } from './units';

/**
 * Round numbers for an axis that holds both ends of the data and zero: about `target` steps of 1, 2, 2.5 or 5
 * times a power of ten, the domain widened to whole steps.
 */
export function niceAxis(
  min: number,
  max: number,
  target = 4,
): { domain: [number, number]; ticks: number[] } {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  // A flat series still gets an axis of whole units.
  const span = high - low < 1e-6 ? 1 : high - low;
  const rough = span / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const from = Math.floor(low / step);
  const to = Math.ceil(high / step);
  const ticks: number[] = [];
  // Whole multiples of the step, rounded, so 3 × 0.1 prints as 0.3 and zero is exactly zero.
  for (let k = from; k <= to; k++) ticks.push(Number((k * step).toPrecision(12)));
  return { domain: [ticks[0] ?? 0, ticks.at(-1) ?? 0], ticks };
}

/**
 * An axis drawn in km² and labelled in the reader's unit: round steps of that unit, placed where they fall in km².
 * Its span is the same in every unit (wide enough for each unit's round ends), so a chart that always draws km²
 * keeps its data and its scale whichever unit is shown: a unit switch moves only the ticks and their labels.
 */
export type PlotAxis = { domain: [number, number]; ticks: number[]; labels: string[] };

/** `minKm2` and `maxKm2` bound what is drawn; `signed` puts a plus on rises (a change); falls always get a minus. */
export function plotAxis(minKm2: number, maxKm2: number, unit: AreaUnit, signed: boolean): PlotAxis {
  const roundIn = (u: AreaUnit) => {
    const unitsPerKm2 = km2ToUnit(1, u);
    return { ...niceAxis(minKm2 * unitsPerKm2, maxKm2 * unitsPerKm2), unitsPerKm2 };
  };
  const ends = areaUnits.map(roundIn);
  const shown = ends[areaUnits.indexOf(unit)] ?? roundIn(unit);
  // Every tick with the step's decimals: 0.25 steps read "0.25, 0.50", never "0.3" or a mix with "1".
  const step = (shown.ticks[1] ?? 1) - (shown.ticks[0] ?? 0);
  const decimals = String(Number(step.toPrecision(12))).split('.')[1]?.length ?? 0;
  const label = (v: number) =>
    `${v < 0 ? '−' : signed && v > 0 ? '+' : ''}${formatNumber(Math.abs(v), decimals)}`;
  return {
    domain: [
      Math.min(...ends.map((e) => e.domain[0] / e.unitsPerKm2)),
      Math.max(...ends.map((e) => e.domain[1] / e.unitsPerKm2)),
    ],
    ticks: shown.ticks.map((t) => t / shown.unitsPerKm2),
    labels: shown.ticks.map(label),
  };
}

/** Steps between a day axis's ticks, in days, and between a month axis's, in months. */
const daySteps = [1, 2, 7, 14];
const monthSteps = [1, 2, 3, 6, 12, 24];
/** Months since year 0 of a time: 2025-10 is 2025 × 12 + 9. */
const monthIndex = (time: number) => {
  const d = new Date(time);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

/**
 * Ticks for a time axis from `first` to `last` (epoch ms, UTC days), at most `maxTicks` of them, each with a label
 * that no other tick shares: days ("7 Oct") where a month would get more than one tick, else the first days of
 * months ("Oct 2025") every 1, 2, 3, 6, 12 or 24 months.
 */
export function timeTicks(
  first: number,
  last: number,
  maxTicks: number,
): { ticks: number[]; labels: string[] } {
  const most = Math.max(2, Math.floor(maxTicks));
  const spanDays = Math.max(0, Math.round((last - first) / dayMs));
  const dayStep = daySteps.find((step) => spanDays / step + 1 <= most);
  if (dayStep !== undefined && spanDays <= 31 * 4) {
    // Weekly and fortnightly ticks fall on Mondays, as a reader counts weeks.
    const start = dayStep >= 7 ? first + ((8 - new Date(first).getUTCDay()) % 7) * dayMs : first;
    const ticks: number[] = [];
    for (let t = start; t <= last; t += dayStep * dayMs) ticks.push(t);
    return { ticks, labels: ticks.map((t) => formatDayMonth(isoDayOf(t))) };
  }
  const firstMonth = monthIndex(first);
  const months = monthIndex(last) - firstMonth;
  const monthStep = monthSteps.find((step) => months / step + 1 <= most) ?? 24;
  const ticks: number[] = [];
  // Month starts from the first one inside the range, on multiples of the step (Jan, Apr, Jul, Oct for 3).
  for (let month = firstMonth; month <= firstMonth + months + 1; month++) {
    const t = Date.UTC(Math.floor(month / 12), month % 12, 1);
    if (t >= first && t <= last && month % monthStep === 0) ticks.push(t);
  }
  return { ticks, labels: ticks.map((t) => formatShortMonth(isoDayOf(t).slice(0, 7))) };
}
