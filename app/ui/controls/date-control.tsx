'use client';

import { formatShortDate } from '@/lib/format/date';

export type DateControlProps = {
  name: string;
  label: string;
  /** null: the view's default date, which `emptyLabel` names. */
  value: string | null;
  emptyLabel: string;
  range: { min: string; max: string };
  events: { date: string; title: string }[];
  onChange: (value: string | null) => void;
};

/**
 * A date of the view: typed, or picked from the negotiation's events. An empty field is the default date. The
 * event list is a jump, not a form field, so a plain form submits only the date.
 */
export function DateControl({ name, label, value, emptyLabel, range, events, onChange }: DateControlProps) {
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
          const next = event.target.value;
          if (next === '' || (next >= range.min && next <= range.max)) onChange(next || null);
        }}
        className="w-full rounded border border-slate-500 bg-white px-2 py-1 dark:bg-slate-900"
      />
      <p id={`${id}-help`} className="text-xs text-slate-700 dark:text-slate-300">
        {value ? (
          <button type="button" onClick={() => onChange(null)} className="underline">
            Use {emptyLabel}
          </button>
        ) : (
          `Empty: ${emptyLabel}.`
        )}
      </p>
      {inRange.length > 0 && (
        <select
          aria-label={`${label}: jump to an event`}
          value=""
          onChange={(event) => {
            if (event.target.value) onChange(event.target.value);
          }}
          className="w-full rounded border border-slate-500 bg-white px-2 py-1 text-sm dark:bg-slate-900"
        >
          <option value="">Jump to an event…</option>
          {inRange.map((e) => (
            <option key={`${e.date}-${e.title}`} value={e.date}>
              {formatShortDate(e.date)}: {e.title}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
