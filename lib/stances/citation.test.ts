import { describe, expect, it } from 'vitest';
import {
  citeStatementBibtex,
  citeStatementRis,
  citeStatementText,
  citeViewText,
  type StatementCitation,
} from './citation';

const statement: StatementCitation = {
  speaker: 'Vladimir Putin',
  role: 'President of Russia',
  quote: 'Either we liberate these territories by force',
  quoteKind: 'paraphrase',
  date: '2025-12-04',
  source: {
    title: 'Putin says',
    publisher: 'The Straits Times',
    publishedOn: '2025-12-04',
    url: 'https://example.org/a',
  },
  viewTitle: 'Russia on Donbas withdrawal: Strongly supports',
  viewUrl: 'https://parley.example/?cell=russia:donbas',
};

describe('statement citations', () => {
  it('give speaker, quote (marked as a paraphrase), date, source, link and the date accessed', () => {
    expect(citeStatementText(statement, '2026-11-27')).toBe(
      [
        'Vladimir Putin, President of Russia, 4 December 2025: (paraphrase) “Either we liberate these territories by force”.',
        'The Straits Times, “Putin says”, 4 December 2025, https://example.org/a.',
        'Via Parley, “Russia on Donbas withdrawal: Strongly supports”, https://parley.example/?cell=russia:donbas (accessed 27 November 2026).',
      ].join('\n'),
    );
  });

  it('leave the date accessed out until the reader has one', () => {
    expect(citeStatementText({ ...statement, quoteKind: 'verbatim' })).not.toMatch(/accessed|paraphrase/);
  });

  it('write BibTeX with escaped braces and the access date', () => {
    const bib = citeStatementBibtex({ ...statement, quote: 'a {b}' }, '2026-11-27');
    expect(bib).toMatch(/^@misc\{Putin20251204,\n/);
    expect(bib).toContain('title = {Paraphrase: a \\{b\\}}');
    expect(bib).toContain('urldate = {2026-11-27}');
  });

  it('write RIS ending in ER', () => {
    const ris = citeStatementRis(statement, '2026-11-27').split('\n');
    expect(ris[0]).toBe('TY  - ELEC');
    expect(ris).toContain('Y2  - 2026/11/27');
    expect(ris.at(-1)).toBe('ER  -');
  });
});

describe('citeViewText', () => {
  it('cites a view in three lines', () => {
    expect(
      citeViewText({ title: 'T', url: 'https://p.example/', sourceCount: 3 }, '2026-11-27').split('\n'),
    ).toEqual([
      'Parley, “T”.',
      'https://p.example/',
      'Accessed 27 November 2026. Based on 3 sources, listed with the view.',
    ]);
  });
});
