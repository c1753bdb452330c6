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
