import { describe, expect, it } from 'vitest';
import { placeMarkers } from './marker-layout';

const marker = (time: number, first: number, last = first) => ({
  time,
  first,
  last,
  events: Array.from({ length: last - first + 1 }, (_, i) => `event ${first + i}`),
});

describe('placeMarkers', () => {
  it('keeps markers apart where their labels fit, each labelled with its events’ numbers', () => {
    const placed = placeMarkers([marker(0, 1), marker(100, 2, 4)], (t) => t);
    expect(placed.map((m) => [m.x, m.label, m.events.length])).toEqual([
      [0, '1', 1],
      [100, '2–4', 3],
    ]);
  });

  it('merges a marker into the one before when their labels would touch at the drawn width', () => {
    const markers = [marker(0, 1), marker(10, 2), marker(20, 3, 5), marker(200, 6)];
    const placed = placeMarkers(markers, (t) => t);
    expect(placed.map((m) => [m.x, m.label, m.first, m.last])).toEqual([
      [0, '1–5', 1, 5],
      [200, '6', 6, 6],
    ]);
    expect(placed[0]?.events).toEqual(['event 1', 'event 2', 'event 3', 'event 4', 'event 5']);
    expect(markers[0]?.events).toEqual(['event 1']);
  });

  it('keeps the same markers apart on a wider chart', () => {
    const markers = [marker(0, 1), marker(10, 2)];
    expect(placeMarkers(markers, (t) => t * 10).map((m) => m.label)).toEqual(['1', '2']);
  });
});
