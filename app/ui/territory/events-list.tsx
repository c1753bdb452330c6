import { formatDate } from '@/lib/format/date';

export type EventsListProps = {
  events: { id: string; date: string; title: string }[];
  from: string | null;
  to: string | null;
};

/** The negotiation events inside the chart's range, as text: the dashed lines' legend. */
export function EventsList({ events, from, to }: EventsListProps) {
  const shown = events.filter((e) => (from === null || e.date >= from) && (to === null || e.date <= to));
  return (
    <details>
      <summary className="cursor-pointer font-semibold">
        Negotiation events in this range ({shown.length})
      </summary>
      <ol className="mt-2 space-y-1 text-sm">
        {shown.map((event) => (
          <li key={event.id}>
            <span className="font-medium">{formatDate(event.date)}</span>: {event.title}
          </li>
        ))}
      </ol>
    </details>
  );
}
