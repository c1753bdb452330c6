/** A marker as the chart island gets it: where it stands, the numbers of its first and last event, its events. */
export type ChartMarker = { time: number; first: number; last: number; events: string[] };

/** A marker as placed at the chart's width: neighbours too close to read apart share one ("4–9"). */
export type PlacedMarker = ChartMarker & { x: number; label: string };

/** "4", or "4–9" for a marker that stands for several events. */
function markerLabel(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}

/** About how wide a marker's label is drawn, in pixels, at the chart's 11 px type. */
export function markerWidth(label: string): number {
  return 12 + label.length * 7;
}

/**
 * Places markers left to right at the width the chart is drawn, merging a marker into the one before it when their
 * labels would touch, so they never overlap into an unreadable band on a narrow screen.
 */
export function placeMarkers(markers: readonly ChartMarker[], xOf: (time: number) => number): PlacedMarker[] {
  const placed: PlacedMarker[] = [];
  for (const m of markers) {
    const x = xOf(m.time);
    const label = markerLabel(m.first, m.last);
    const previous = placed.at(-1);
    if (previous && x - previous.x < (markerWidth(previous.label) + markerWidth(label)) / 2 + 4) {
      previous.last = m.last;
      previous.label = markerLabel(previous.first, m.last);
      previous.events = [...previous.events, ...m.events];
    } else {
      placed.push({ ...m, x, label, events: [...m.events] });
    }
  }
  return placed;
}
