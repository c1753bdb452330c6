/** A coordinate to a tenth of a unit: finer than any screen shows it, and short to write in an SVG. */
const tenth = (value: number) => Math.round(value * 10) / 10;

/** Maps a value to a y in a plot `height` tall, its domain's top at 0 and its bottom at `height`. */
export function yScale([min, max]: readonly [number, number], height: number): (value: number) => number {
  const span = max - min || 1;
  return (value) => tenth(((max - value) / span) * height);
}

/** Maps a day of a range `span` days long to an x across `width`. */
export function dayScale(span: number, width: number): (day: number) => number {
  return (day) => tenth((day / Math.max(span, 1)) * width);
}
