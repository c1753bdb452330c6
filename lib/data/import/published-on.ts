import { isIsoDate } from '../../format/date';

const months = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** How a source's date is recorded: a date, or null with a note saying what the page shows instead. */
export type PublishedOn = { publishedOn: string | null; dateNote?: string };

/**
 * Reads the gatherer's free-text publication date. A date it can read at the start is kept, with a note saying
 * where it came from when the gatherer said ("URL date", "dateline"); anything else ("Updated 21 December 2025",
 * "page metadata reads 2026-01-01 (contradicted by content)") is recorded as no date, with the text as the note.
 */
export function readPublishedOn(text: string): PublishedOn {
  const trimmed = text.trim();
  const notShown = /^date not shown\s*(?:\((.*)\))?\s*$/i.exec(trimmed);
  if (notShown) {
    const detail = notShown[1]?.trim();
    return {
      publishedOn: null,
      dateNote: detail ? `Date not shown on the page; ${detail}` : 'Date not shown on the page',
    };
  }
  const leading = leadingDate(trimmed);
  if (!leading || !isIsoDate(leading.date)) {
    return { publishedOn: null, dateNote: `No publication date recorded; the page shows "${trimmed}"` };
  }
  const rest = leading.rest.trim();
  if (rest === '') return { publishedOn: leading.date };
  if (/url/i.test(rest)) return { publishedOn: leading.date, dateNote: "Date taken from the page's address" };
  if (/dateline/i.test(rest)) return { publishedOn: leading.date, dateNote: 'Date taken from the dateline' };
  return { publishedOn: leading.date, dateNote: `Date as the page gives it: "${trimmed}"` };
}

function leadingDate(text: string): { date: string; rest: string } | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(.*)$/.exec(text);
  if (iso) return { date: `${iso[1]}-${iso[2]}-${iso[3]}`, rest: iso[4] ?? '' };
  const dayFirst = /^(\d{1,2})[.-](\d{1,2})[.-](\d{4})(.*)$/.exec(text);
  if (dayFirst) return { date: isoOf(dayFirst[3], dayFirst[2], dayFirst[1]), rest: dayFirst[4] ?? '' };
  const written = /^(\d{1,2}) ([A-Za-z]+),? (\d{4})(.*)$/.exec(text);
  const month = months.indexOf(written?.[2]?.toLowerCase() ?? '');
  if (written && month >= 0)
    return { date: isoOf(written[3], String(month + 1), written[1]), rest: written[4] ?? '' };
  return undefined;
}

function isoOf(year = '', month = '', day = ''): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
