const monthOnly = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "March" from "2030-03". */
export function monthName(isoMonth: string): string {
  return monthOnly.format(new Date(`${isoMonth}-01T00:00:00Z`));
}

/** "31 Oct → 30 Nov", with the years only where the span crosses one. */
export function daySpan(fromIso: string, toIso: string): string {
  const sameYear = fromIso.slice(0, 4) === toIso.slice(0, 4);
  const format = (iso: string) => (sameYear ? dayMonth : dayMonthYear).format(new Date(`${iso}T00:00:00Z`));
  return `${format(fromIso)} → ${format(toIso)}`;
}
