import { formatDayRange } from '@/lib/format/date';
import type { NumberedEvent } from '@/lib/territory/events';

export type EventsListProps = { events: NumberedEvent[] };

/** The negotiation events in the chart's range, numbered as the chart's markers are. */
export function EventsList({ events }: EventsListProps) {
  return (
    <section aria-labelledby="events-heading" className="space-y-2">
      <h3 id="events-heading" className="font-semibold">
        Negotiation events in this range ({events.length})
      </h3>
      {events.length === 0 ? (
        <p className="text-sm">None: choose a wider range to see them.</p>
      ) : (
        <ol className="gap-x-8 text-sm sm:columns-2">
          {events.map((e) => (
            <li
              key={e.id}
              id={`event-${e.number}`}
              className="flex scroll-mt-4 gap-2 break-inside-avoid py-0.5"
            >
              <span
                aria-hidden="true"
                className="inline-flex h-5 min-w-7 shrink-0 items-center justify-center rounded-full border border-slate-600 px-1 text-xs font-semibold dark:border-slate-300"
              >
                {e.number}
              </span>
              <span>
                <span className="sr-only">{e.number}. </span>
                <span className="font-semibold">{formatDayRange(e.date, e.endDate)}</span>: {e.title}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
