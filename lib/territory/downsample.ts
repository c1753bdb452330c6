/**
 * Thins a long series for drawing while keeping its shape: the series is cut into buckets and each bucket keeps
 * its lowest and highest point (in their original order), plus the first and last points overall. Every point
 * kept is a real one, so a tooltip still reads an exact value. Series at or under `threshold` come back as they are.
 */
export function downsampleMinMax<T>(
  points: readonly T[],
  value: (point: T) => number,
  threshold = 1000,
): T[] {
  if (points.length <= threshold || threshold < 4) return [...points];
  const buckets = Math.floor((threshold - 2) / 2);
  const inner = points.length - 2;
  const kept: T[] = [];
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return [];
  kept.push(first);
  for (let b = 0; b < buckets; b++) {
    const start = 1 + Math.floor((b * inner) / buckets);
    const end = 1 + Math.floor(((b + 1) * inner) / buckets);
    let minIndex = start;
    let maxIndex = start;
    for (let i = start; i < end; i++) {
      const point = points[i];
      const min = points[minIndex];
      const max = points[maxIndex];
      if (point === undefined || min === undefined || max === undefined) continue;
      if (value(point) < value(min)) minIndex = i;
      if (value(point) > value(max)) maxIndex = i;
    }
    for (const index of minIndex === maxIndex
      ? [minIndex]
      : [Math.min(minIndex, maxIndex), Math.max(minIndex, maxIndex)]) {
      const point = points[index];
      if (point !== undefined && index < end) kept.push(point);
    }
  }
  kept.push(last);
  return kept;
}
