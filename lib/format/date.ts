const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthOnly = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const firstOf = (isoMonth: string) => new Date(`${isoMonth}-01T00:00:00Z`);

/** "2 December 2025" from "2025-12-02". */
export function formatDate(iso: string): string {
  return longDate.format(day(iso));
}

/** "2 Dec 2025" from "2025-12-02". */
export function formatShortDate(iso: string): string {
  return shortDate.format(day(iso));
}

/** "March 2024" from "2024-03". */
export function formatMonth(isoMonth: string): string {
  return monthYear.format(firstOf(isoMonth));
}

/** "Mar 2024" from "2024-03": a chart's axis. */
export function formatShortMonth(isoMonth: string): string {
  return shortMonthYear.format(firstOf(isoMonth));
}

/** "March" from "2024-03", where the year is already plain. */
export function formatMonthName(isoMonth: string): string {
  return monthOnly.format(firstOf(isoMonth));
}

/** "31 Oct → 30 Nov" between two days, with the years only where the span crosses one. */
export function formatDaySpan(fromIso: string, toIso: string): string {
  const sameYear = fromIso.slice(0, 4) === toIso.slice(0, 4);
  const format = (iso: string) => (sameYear ? dayMonth : shortDate).format(day(iso));
  return `${format(fromIso)} → ${format(toIso)}`;
}

/**
 * One day, or a run of days without repeating its month or year: "2 Dec 2025", "4–6 Dec 2025",
 * "30 Nov – 2 Dec 2025", "30 Dec 2025 – 2 Jan 2026".
 */
export function formatDayRange(fromIso: string, toIso?: string): string {
  if (!toIso || toIso === fromIso) return formatShortDate(fromIso);
  const last = formatShortDate(toIso);
  if (fromIso.slice(0, 7) === toIso.slice(0, 7)) return `${dayOnly.format(day(fromIso))}–${last}`;
  if (fromIso.slice(0, 4) === toIso.slice(0, 4)) return `${dayMonth.format(day(fromIso))} – ${last}`;
  return `${formatShortDate(fromIso)} – ${last}`;
}

const dayMs = 86_400_000;

/** Whole days from one ISO date to another. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / dayMs);
}

/** The ISO date a number of days after another. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** True for a date written YYYY-MM-DD that exists on the calendar (not 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
