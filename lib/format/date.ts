// English month names as en-GB writes them ("Sept", not "Sep"). Written out rather than asked of Intl: building
// an Intl.DateTimeFormat loads locale data, which cost a phone ~80 ms of blocked main thread in the first render
// after hydration, and the server's and the browser's ICU need not agree on a word.
const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const shortMonthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

type Parts = { year: string; month: number; day: number };

/** The parts of "2025-12-02" or "2025-12" (day 1). */
function partsOf(iso: string): Parts {
  return { year: iso.slice(0, 4), month: Number(iso.slice(5, 7)) - 1, day: Number(iso.slice(8, 10) || 1) };
}

// A month outside 01–12 (never in checked data) is written as its number rather than as "undefined".
const long = ({ month }: Parts) => monthNames[month] ?? String(month + 1);
const short = ({ month }: Parts) => shortMonthNames[month] ?? String(month + 1);

/** "2 December 2025" from "2025-12-02". */
export function formatDate(iso: string): string {
  const p = partsOf(iso);
  return `${p.day} ${long(p)} ${p.year}`;
}

/** "2 Dec 2025" from "2025-12-02". */
export function formatShortDate(iso: string): string {
  const p = partsOf(iso);
  return `${p.day} ${short(p)} ${p.year}`;
}

/** "March 2024" from "2024-03". */
export function formatMonth(isoMonth: string): string {
  const p = partsOf(isoMonth);
  return `${long(p)} ${p.year}`;
}

/** "Mar 2024" from "2024-03": a chart's axis. */
export function formatShortMonth(isoMonth: string): string {
  const p = partsOf(isoMonth);
  return `${short(p)} ${p.year}`;
}

/** "March" from "2024-03", where the year is already plain. */
export function formatMonthName(isoMonth: string): string {
  return long(partsOf(isoMonth));
}

/** "2 Dec" from "2025-12-02". */
export function formatDayMonth(iso: string): string {
  const p = partsOf(iso);
  return `${p.day} ${short(p)}`;
}

/** "31 Oct → 30 Nov" between two days, with the years only where the span crosses one. */
export function formatDaySpan(fromIso: string, toIso: string): string {
  const sameYear = fromIso.slice(0, 4) === toIso.slice(0, 4);
  const format = sameYear ? formatDayMonth : formatShortDate;
  return `${format(fromIso)} → ${format(toIso)}`;
}

/**
 * One day, or a run of days without repeating its month or year: "2 Dec 2025", "4–6 Dec 2025",
 * "30 Nov – 2 Dec 2025", "30 Dec 2025 – 2 Jan 2026".
 */
export function formatDayRange(fromIso: string, toIso?: string): string {
  if (!toIso || toIso === fromIso) return formatShortDate(fromIso);
  const last = formatShortDate(toIso);
  if (fromIso.slice(0, 7) === toIso.slice(0, 7)) return `${partsOf(fromIso).day}–${last}`;
  if (fromIso.slice(0, 4) === toIso.slice(0, 4)) return `${formatDayMonth(fromIso)} – ${last}`;
  return `${formatShortDate(fromIso)} – ${last}`;
}

/** "2030-02-28" from "2030-02": the month's last calendar day. */
export function lastDayOfMonth(isoMonth: string): string {
  const p = partsOf(isoMonth);
  const day = new Date(Date.UTC(Number(p.year), p.month + 1, 0)).getUTCDate();
  return `${isoMonth.slice(0, 7)}-${String(day).padStart(2, '0')}`;
}

/** Milliseconds in a UTC day. */
export const dayMs = 86_400_000;

/** The UTC day of a time in epoch milliseconds, as YYYY-MM-DD. */
export function isoDayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

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
