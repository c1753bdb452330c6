import { describe, expect, it } from 'vitest';
import {
  citationLabel,
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
  it('give speaker, words, date, source, link and the date accessed; a paraphrase unquoted, as the publisher’s', () => {
    expect(citeStatementText(statement, '2026-11-27')).toBe(
      [
        'Vladimir Putin, President of Russia, 4 December 2025, in The Straits Times’s paraphrase: Either we liberate these territories by force.',
        'The Straits Times, “Putin says”, 4 December 2025, https://example.org/a.',
        'Via Parley, “Russia on Donbas withdrawal: Strongly supports”, https://parley.example/?cell=russia:donbas (accessed 27 November 2026).',
      ].join('\n'),
    );
  });

  it('end a paraphrase with one full stop, its own or an added one', () => {
    const line = (quote: string) => citeStatementText({ ...statement, quote }).split('\n')[0];
    expect(line('He said no.')).toMatch(/paraphrase: He said no\.$/);
    expect(line('He said no')).toMatch(/paraphrase: He said no\.$/);
    expect(line('Did he?')).toMatch(/paraphrase: Did he\?$/);
  });

  it('quote the speaker’s own words, and leave the date accessed out until the reader has one', () => {
    const text = citeStatementText({ ...statement, quoteKind: 'verbatim' });
    expect(text).not.toMatch(/accessed|paraphrase/);
    expect(text.split('\n')[0]).toBe(
      'Vladimir Putin, President of Russia, 4 December 2025: “Either we liberate these territories by force”.',
    );
  });

  it('write BibTeX with escaped braces and the access date; a paraphrase by its publisher', () => {
    const bib = citeStatementBibtex({ ...statement, quote: 'a {b}' }, '2026-11-27');
    expect(bib).toMatch(/^@misc\{Putin20251204ab,\n/);
    expect(bib).toContain('author = {{The Straits Times}}');
    expect(bib).toContain('title = {Paraphrase of Vladimir Putin: a \\{b\\}}');
    expect(bib).toContain('urldate = {2026-11-27}');
    const verbatim = citeStatementBibtex({ ...statement, quoteKind: 'verbatim', speaker: 'A {B}' });
    expect(verbatim).toContain('author = {A \\{B\\}}');
    expect(verbatim).toContain('title = {Either we liberate these territories by force}');
    expect(verbatim).toContain('organization = {President of Russia}');
    expect(bib).not.toContain('organization');
  });

  it('write BibTeX that LaTeX reads: & % # _ $ escaped in text, an address left as it is', () => {
    const bib = citeStatementBibtex({
      ...statement,
      source: {
        ...statement.source,
        publisher: 'Banking & Finance 100% #1_$',
        url: 'https://x.org/a_b?c=1&d=2#e',
      },
    });
    expect(bib).toContain('author = {{Banking \\& Finance 100\\% \\#1\\_\\$}}');
    expect(bib).toContain('url = {https://x.org/a_b?c=1&d=2#e}');
  });

  it('key two statements of one speaker and day apart by their first words', () => {
    const key = (quote: string) => citeStatementBibtex({ ...statement, quote }).split(',')[0];
    expect(key('The scheme that has been put in place')).toBe('@misc{Putin20251204Thescheme');
    expect(key('It’s a very, very exceptional case')).toBe('@misc{Putin20251204Itsa');
  });

  it('cite an outlet’s context as the outlet’s words on what the speaker spoke of, never as the speaker’s', () => {
    const context = { ...statement, quoteKind: 'context' as const, quote: 'The bill was endorsed in April' };
    expect(citeStatementText(context).split('\n')[0]).toBe(
      'The Straits Times, on what Vladimir Putin, President of Russia, spoke of on 4 December 2025: The bill was endorsed in April.',
    );
    expect(citeStatementBibtex(context)).toContain('author = {{The Straits Times}}');
    expect(citeStatementBibtex(context)).toContain(
      'title = {Context to Vladimir Putin: The bill was endorsed in April}',
    );
    expect(citeStatementRis(context)).toContain('AU  - The Straits Times');
  });

  it('label each statement of a cell by its speaker, publisher, kind and first words, so none look alike', () => {
    expect(citationLabel({ ...statement, quoteKind: 'verbatim' })).toBe(
      'Vladimir Putin, The Straits Times, “Either we liberate these territories by force”',
    );
    expect(citationLabel({ ...statement, quote: 'One two three four five six seven eight nine ten' })).toBe(
      'The Straits Times’s paraphrase of Vladimir Putin: One two three four five six seven eight…',
    );
    expect(citationLabel({ ...statement, quoteKind: 'context', quote: 'The bill' })).toBe(
      'The Straits Times’s context to Vladimir Putin: The bill',
    );
  });

  it('write RIS ending in ER', () => {
    const ris = citeStatementRis(statement, '2026-11-27').split('\n');
    expect(ris[0]).toBe('TY  - ELEC');
    expect(ris).toContain('AU  - The Straits Times');
    expect(citeStatementRis({ ...statement, quoteKind: 'verbatim' }).split('\n')).toContain(
      'AU  - Vladimir Putin',
    );
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
