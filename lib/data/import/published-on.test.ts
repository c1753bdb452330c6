import { describe, expect, it } from 'vitest';
import { readPublishedOn } from './published-on';

describe('readPublishedOn', () => {
  it.each([
    ['2026-01-23', { publishedOn: '2026-01-23' }],
    ['03.02.2026', { publishedOn: '2026-02-03' }],
    ['11-02-2026', { publishedOn: '2026-02-11' }],
    ['14 January 2026', { publishedOn: '2026-01-14' }],
    ['07 February, 2026', { publishedOn: '2026-02-07' }],
    ['2026-01-23 (URL date)', { publishedOn: '2026-01-23', dateNote: "Date taken from the page's address" }],
    ['27.02.2026 (URL date)', { publishedOn: '2026-02-27', dateNote: "Date taken from the page's address" }],
    [
      '2025-12-19 (dateline 12/19/25)',
      { publishedOn: '2025-12-19', dateNote: 'Date taken from the dateline' },
    ],
    [
      '2026-04-22 13:46:00 (published_at)',
      {
        publishedOn: '2026-04-22',
        dateNote: 'Date as the page gives it: "2026-04-22 13:46:00 (published_at)"',
      },
    ],
  ])('reads %j as a date', (text, expected) => {
    expect(readPublishedOn(text)).toEqual(expected);
  });

  it.each([
    ['date not shown', { publishedOn: null, dateNote: 'Date not shown on the page' }],
    [
      'date not shown (URL path 2025/12/24)',
      { publishedOn: null, dateNote: 'Date not shown on the page; URL path 2025/12/24' },
    ],
    [
      'Updated 21 December 2025',
      {
        publishedOn: null,
        dateNote: 'No publication date recorded; the page shows "Updated 21 December 2025"',
      },
    ],
    [
      'page metadata reads 2026-01-01 (contradicted by content)',
      {
        publishedOn: null,
        dateNote:
          'No publication date recorded; the page shows "page metadata reads 2026-01-01 (contradicted by content)"',
      },
    ],
    [
      '31.02.2026',
      { publishedOn: null, dateNote: 'No publication date recorded; the page shows "31.02.2026"' },
    ],
  ])('records %j as no date, saying why', (text, expected) => {
    expect(readPublishedOn(text)).toEqual(expected);
  });
});
