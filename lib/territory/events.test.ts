import { describe, expect, it } from 'vitest';
import { eventMarkers, eventsInRange } from './events';

const e = (id: string, date: string, endDate?: string) => ({ id, date, endDate, title: id });

describe('eventsInRange', () => {
  it('keeps events that touch the range, numbered from 1 in date order', () => {
    const events = [
      e('a', '2025-01-01'),
      e('b', '2025-05-30', '2025-06-02'),
      e('c', '2025-06-10'),
      e('d', '2026-01-01'),
    ];
    expect(eventsInRange(events, '2025-06-01', '2025-12-31').map((x) => [x.number, x.id])).toEqual([
      [1, 'b'],
      [2, 'c'],
    ]);
  });
});

describe('eventMarkers', () => {
  it('merges events too close to tell apart at the range’s scale into one marker', () => {
    const events = eventsInRange(
      [e('a', '2025-11-20'), e('b', '2025-11-21'), e('c', '2025-11-30'), e('d', '2026-03-01')],
      '2025-06-01',
      '2026-08-21',
    );
    // 446 days / 40 → events under 11 days apart share a marker.
    const numbers = (m: { events: { number: number }[] }) => m.events.map((e) => e.number);
    expect(eventMarkers(events, '2025-06-01', '2026-08-21').map((m) => [m.date, numbers(m)])).toEqual([
      ['2025-11-20', [1, 2, 3]],
      ['2026-03-01', [4]],
    ]);
  });

  it('keeps every event apart on a short range', () => {
    const events = eventsInRange([e('a', '2025-11-20'), e('b', '2025-11-21')], '2025-11-15', '2025-11-30');
    expect(eventMarkers(events, '2025-11-15', '2025-11-30').map((m) => m.events.length)).toEqual([1, 1]);
  });
});
