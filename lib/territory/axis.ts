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
