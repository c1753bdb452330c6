import { addDays, daysBetween, formatDate, formatShortDate } from '@/lib/format/date';
import type { StanceData } from '@/lib/stances/stance-data';

export type AsOfControlProps = {
  /** The chosen date, or null for the latest. */
  value: string | null;
  dateRange: StanceData['dateRange'];
  events: StanceData['events'];
  label: string;
  id: string;
  onChange: (date: string | null, options?: { replace?: boolean }) => void;
};

/**
 * A date on the evidence window: a slider (arrow keys move a day, Page Up/Down further) with the negotiation
 * events as tick marks, a date field, and the events as buttons to jump to.
 */
export function AsOfControl({ value, dateRange, events, label, id, onChange }: AsOfControlProps) {
  const span = daysBetween(dateRange.min, dateRange.max);
  const date = value ?? dateRange.max;
  const toValue = (d: string) => (d >= dateRange.max ? null : d);
  const inRange = events.filter((e) => e.date >= dateRange.min && e.date <= dateRange.max);
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{label}</legend>
      <input
        id={`${id}-slider`}
        type="range"
        min={0}
        max={span}
        step={1}
        value={daysBetween(dateRange.min, date)}
        list={`${id}-events`}
        aria-label={`${label}, by day`}
        aria-valuetext={formatDate(date)}
        onChange={(event) =>
          onChange(toValue(addDays(dateRange.min, Number(event.target.value))), { replace: true })
        }
        className="w-full"
      />
      <datalist id={`${id}-events`}>
        {inRange.map((e) => (
          <option key={e.id} value={daysBetween(dateRange.min, e.date)} label={e.title} />
        ))}
      </datalist>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <input
          type="date"
          aria-label={`${label}, date`}
          min={dateRange.min}
          max={dateRange.max}
          value={date}
          onChange={(event) => {
            const d = event.target.value;
            if (d >= dateRange.min && d <= dateRange.max) onChange(toValue(d));
          }}
          className="rounded border border-slate-400 bg-white px-1 dark:bg-slate-900"
        />
        {value === null ? (
          <span className="text-slate-600 dark:text-slate-400">latest</span>
        ) : (
          <button
            type="button"
            onClick={() => onChange(null)}
            className="rounded border border-slate-400 px-1.5"
          >
            Latest
          </button>
        )}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer">Jump to an event</summary>
        <ul className="mt-1 space-y-1">
          {inRange.map((e) => (
            <li key={e.id}>
              <button type="button" onClick={() => onChange(toValue(e.date))} className="text-left underline">
                {formatShortDate(e.date)}: {e.title}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </fieldset>
  );
}
