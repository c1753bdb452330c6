import { formatNumber } from '../format/number';
import type { AreaUnit } from '../schemas/closed-sets';
import { computedDecimals, km2ToUnit } from './units';

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
 * A chart that always draws km² keeps the same data whichever unit is shown, so switching units only relabels it.
 */
export type PlotAxis = { domain: [number, number]; ticks: number[]; labels: string[] };

/** `axis` in the unit shown; `signed` puts a plus on rises (a change), a minus always goes on falls. */
export function plotAxis(
  { domain, ticks }: { domain: [number, number]; ticks: number[] },
  unit: AreaUnit,
  signed: boolean,
): PlotAxis {
  const perKm2 = km2ToUnit(1, unit);
  const label = (v: number) =>
    `${v < 0 ? '−' : signed && v > 0 ? '+' : ''}${formatNumber(Math.abs(v), Number.isInteger(v) ? 0 : computedDecimals[unit])}`;
  return {
    domain: [domain[0] / perKm2, domain[1] / perKm2],
    ticks: ticks.map((t) => t / perKm2),
    labels: ticks.map(label),
  };
}
