import { formatDate } from '../../format/date';
import type { GathererReport, Source } from '../../schemas';
import { readPublishedOn } from './published-on';
import { baseName, slug, uniqueId } from './slug';

/**
 * The source for a report's page. Id: publisher, publication date (left out when the page shows none) and a few
 * words of the address, `agency-2026-01-23-talks-resume-in-the-capital`, with -2, -3… if taken. The
 * gatherer gives no headline, and a headline is not a description anyway: the title says whose words the page
 * carries, on what, and when, for a maintainer to refine.
 */
export function sourceForReport(
  report: GathererReport,
  context: { speakerName: string; issueTitle: string; taken: (id: string) => boolean },
): Source {
  const date = readPublishedOn(report.publishedOn);
  const publisher = slug(report.publisher.split(' (')[0] ?? report.publisher, 3);
  // Not the gatherer's item id: source ids can reach readers, item codes must not.
  const words = addressWords(report.url) || slug(`${baseName(context.speakerName)} ${context.issueTitle}`, 5);
  const base = [publisher, date.publishedOn, words].filter((part) => part).join('-');
  return {
    id: uniqueId(base, context.taken),
    title: `${report.publisher} report: ${context.speakerName} on ${context.issueTitle}, ${formatDate(report.date)}`,
    publisher: report.publisher,
    publishedOn: date.publishedOn,
    ...(date.dateNote ? { dateNote: date.dateNote } : {}),
    url: report.url,
    kind: 'news-report',
  };
}

/** Five words of the address's most telling segment; numbers and opaque ids say nothing to a maintainer. */
function addressWords(url: string): string {
  const path = new URL(url).pathname.replace(/\.(html?|php|aspx?)$/i, '');
  const segments = path.split('/').reverse();
  for (const segment of segments) {
    const words = segment
      .split(/[^A-Za-z0-9]+/)
      .filter((word) => /[a-z]/i.test(word) && !/\d/.test(word) && word.length > 1);
    if (words.length >= 2) return slug(words.join(' '), 5);
  }
  return '';
}
