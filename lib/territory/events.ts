import { daysBetween } from '../format/date';
import type { EventRef } from './territory-data';

/** An event inside the chart's range, numbered in date order as the events list numbers it. */
export type NumberedEvent = EventRef & { number: number };

/** One marker on the chart: events too close to tell apart at the chart's scale share it. */
export type EventMarker = {
  /** The first event's date: where the marker stands. */
  date: string;
  events: NumberedEvent[];
};

/** The events that touch a range (a multi-day event counts if any of its days does), numbered from 1. */
export function eventsInRange(events: readonly EventRef[], from: string, to: string): NumberedEvent[] {
  return events
    .filter((e) => e.date <= to && (e.endDate ?? e.date) >= from)
    .map((e, i) => ({ ...e, number: i + 1 }));
}

/**
 * Markers for the chart: consecutive events closer than a fortieth of the range (at least a day) merge into one,
 * so markers never overlap into an unreadable band at any width the chart is drawn.
 */
export function eventMarkers(events: readonly NumberedEvent[], from: string, to: string): EventMarker[] {
  const gap = Math.max(1, Math.round(daysBetween(from, to) / 40));
  const markers: EventMarker[] = [];
  for (const event of events) {
    const date = event.date < from ? from : event.date;
    const current = markers.at(-1);
    if (current && daysBetween(current.date, date) < gap) current.events.push({ ...event });
    else markers.push({ date, events: [{ ...event }] });
  }
  return markers;
}
