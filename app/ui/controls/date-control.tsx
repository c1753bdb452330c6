'use client';

import { useState } from 'react';
import { formatShortDate } from '@/lib/format/date';
import type { LinkProps } from './use-view-controls';

export type DateControlProps = {
  name: string;
  label: string;
  /** null: the view's default date, which `emptyLabel` names. */
  value: string | null;
  emptyLabel: string;
  range: { min: string; max: string };
  events: { date: string; title: string }[];
  onChange: (value: string | null) => void;
  /** The view with this date set (null: the default date), as a link that works without JavaScript. */
  link: (value: string | null) => LinkProps;
};

/**
 * A date of the view: typed, or picked from the negotiation's events. An empty field is the default date. The
 * event list is a jump, not a form field, so a plain form submits only the date.
 */
export function DateControl({
  name,
  label,
  value,
  emptyLabel,
  range,
  events,
  onChange,
  link,
}: DateControlProps) {
  const id = `date-${name}`;
  const inRange = events.filter((e) => e.date >= range.min && e.date <= range.max);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="date"
        name={name}
        value={value ?? ''}
        min={range.min}
        max={range.max}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          // Empty while a part of the date is being typed over: only "Use …" below resets to the default.
          const next = event.target.value;
          if (next !== '' && next >= range.min && next <= range.max) onChange(next);
        }}
        className="w-full rounded border border-slate-500 bg-white px-2 py-1 dark:bg-slate-900"
      />
      <p id={`${id}-help`} className="text-xs text-slate-700 dark:text-slate-300">
        {value ? <a {...link(null)}>Use {emptyLabel}</a> : `Empty: ${emptyLabel}.`}
      </p>
      {inRange.length > 0 && <EventJump label={label} events={inRange} link={link} />}
    </div>
  );
}

type EventJumpProps = {
  label: string;
  events: { date: string; title: string }[];
  link: (date: string) => LinkProps;
};

/**
 * The negotiation's events as quick picks. With JavaScript the list is drawn only when opened: a long list the
 * page need not lay out or hydrate. Without it, the server's copy inside <noscript> is the list; React never
 * renders a <noscript>'s children in the browser, so that copy costs the page only its bytes.
 */
function EventJump({ label, events, link }: EventJumpProps) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)} className="text-sm">
      <summary className="cursor-pointer">
        {label}: jump to an event ({events.length})
      </summary>
      {open ? (
        <EventLinks events={events} link={link} />
      ) : (
        <noscript>
          <EventLinks events={events} link={link} />
        </noscript>
      )}
    </details>
  );
}

function EventLinks({ events, link }: Omit<EventJumpProps, 'label'>) {
  return (
    <ul className="mt-1 max-h-60 space-y-0.5 overflow-y-auto">
      {events.map((e) => (
        <li key={`${e.date}-${e.title}`}>
          <a {...link(e.date)}>
            {formatShortDate(e.date)}: {e.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
