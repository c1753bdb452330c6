import { formatDate } from '../format/date';
import type { QuoteKind } from '../schemas/closed-sets';

/** What a citation of one statement needs: plain data, so a client island can format it with the reader's date. */
export type StatementCitation = {
  speaker: string;
  role: string;
  quote: string;
  quoteKind: QuoteKind;
  /** The day the words were said. */
  date: string;
  source: { title: string; publisher: string; publishedOn: string | null; url: string | null };
  /** Parley's title and canonical link of the cell. */
  viewTitle: string;
  viewUrl: string;
};

/** One statement, apart from where Parley shows it. */
export type Statement = Omit<StatementCitation, 'viewTitle' | 'viewUrl'>;

type EvidenceLike = {
  quote: string;
  quoteKind: QuoteKind;
  date: string;
  speaker: { name: string; role: string };
  source: StatementCitation['source'];
};

/** A piece of evidence as a statement to cite or list. */
export function statementOf(e: EvidenceLike): Statement {
  return {
    speaker: e.speaker.name,
    role: e.speaker.role,
    quote: e.quote,
    quoteKind: e.quoteKind,
    date: e.date,
    source: e.source,
  };
}

/** Every statement of the stance in force in a cell, ready to cite: one citation per piece of evidence. */
export function cellCitations(
  current: { evidence: readonly EvidenceLike[] } | undefined,
  view: { title: string; url: string },
): StatementCitation[] {
  return (current?.evidence ?? []).map((e) => ({
    ...statementOf(e),
    viewTitle: view.title,
    viewUrl: view.url,
  }));
}

// A paraphrase is the publisher's words about the speaker, not the speaker's, and context is the publisher's words
// about what the speaker spoke of: both are cited unquoted, as the publisher's, so that pasted into an article
// they cannot be read as something the speaker said.
const publishersWords = (c: Statement) => c.quoteKind !== 'verbatim';
/** A statement told from the others of its cell, for a list to choose from: whose, where, and its first words. */
export function citationLabel(c: StatementCitation): string {
  const words = c.quote.split(/\s+/);
  const start = words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : c.quote;
  if (c.quoteKind === 'verbatim') return `${c.speaker}, ${c.source.publisher}, “${start}”`;
  // The publisher's words lead with the publisher, so they never read as the speaker's.
  const kind = c.quoteKind === 'context' ? 'context to' : 'paraphrase of';
  return `${c.source.publisher}’s ${kind} ${c.speaker}: ${start}`;
}

/** Unquoted words end the line with their own stop, or with one added. */
const endSentence = (words: string) => (/[.!?…]$/.test(words) ? words : `${words}.`);
/** Whose words, when, and the words: quoted for the speaker's own, unquoted and the publisher's otherwise. */
export const statementLine = (c: Statement) =>
  c.quoteKind === 'context'
    ? `${c.source.publisher}, on what ${c.speaker}, ${c.role}, spoke of on ${formatDate(c.date)}: ${endSentence(c.quote)}`
    : publishersWords(c)
      ? `${c.speaker}, ${c.role}, ${formatDate(c.date)}, in ${c.source.publisher}’s paraphrase: ${endSentence(c.quote)}`
      : `${c.speaker}, ${c.role}, ${formatDate(c.date)}: “${c.quote}”.`;
/** Who wrote the words: the speaker, or for a paraphrase or context the publisher. */
const author = (c: StatementCitation) => (publishersWords(c) ? c.source.publisher : c.speaker);
const citedTitle = (c: StatementCitation) =>
  c.quoteKind === 'context'
    ? `Context to ${c.speaker}: ${c.quote}`
    : publishersWords(c)
      ? `Paraphrase of ${c.speaker}: ${c.quote}`
      : c.quote;
const published = (c: StatementCitation) =>
  c.source.publishedOn ? formatDate(c.source.publishedOn) : 'date not shown';

/** The statement as a reader would cite it in prose: speaker, words, date, source, and where Parley shows it. */
export function citeStatementText(c: StatementCitation, accessed?: string): string {
  return [
    statementLine(c),
    `${c.source.publisher}, “${c.source.title}”, ${published(c)}${c.source.url ? `, ${c.source.url}` : ''}.`,
    `Via Parley, “${c.viewTitle}”, ${c.viewUrl}${accessed ? ` (accessed ${formatDate(accessed)})` : ''}.`,
  ].join('\n');
}

/** BibTeX text: braces and backslashes escaped, and the characters LaTeX reads as commands (& % # _ $). */
const bibEscape = (text: string) => text.replace(/[{}\\&%#_$]/g, (ch) => `\\${ch}`);
/** An address is read verbatim by BibTeX's url field: only braces, which would end the field, are escaped. */
const bibUrlEscape = (text: string) => text.replace(/[{}]/g, (ch) => `\\${ch}`);

/**
 * BibTeX of the statement, keyed by speaker, date and its first words (a cell often holds several statements of
 * one speaker and day); a paraphrase's or a context's author is its publisher, with no speaker's role beside it.
 */
export function citeStatementBibtex(c: StatementCitation, accessed?: string): string {
  const words = c.quote.split(/\s+/).slice(0, 2).join('');
  const key = `${c.speaker.split(/\s+/).at(-1) ?? 'statement'}${c.date.replaceAll('-', '')}${words}`.replace(
    /[^A-Za-z0-9]/g,
    '',
  );
  // A publisher is braced once more, so BibTeX reads it as one body, not as a person's first and last names.
  const fields: [string, string | undefined, { braced?: boolean; url?: boolean }?][] = [
    ['author', author(c), { braced: publishersWords(c) }],
    ['title', citedTitle(c)],
    ['date', c.date],
    ['organization', publishersWords(c) ? undefined : c.role],
    ['journal', c.source.publisher],
    [
      'note',
      `Reported in “${c.source.title}”${c.source.publishedOn ? `, ${c.source.publishedOn}` : ''}; via Parley, ${c.viewUrl}`,
    ],
    ['url', c.source.url ?? c.viewUrl, { url: true }],
    ['urldate', accessed],
  ];
  const body = fields
    .filter((f): f is [string, string, { braced?: boolean; url?: boolean }?] => f[1] !== undefined)
    .map(([name, value, how]) => {
      const text = how?.url ? bibUrlEscape(value) : bibEscape(value);
      return `  ${name} = {${how?.braced ? `{${text}}` : text}}`;
    })
    .join(',\n');
  return `@misc{${key},\n${body}\n}`;
}

/** RIS of the statement, for reference managers; a paraphrase's or a context's author is its publisher. */
export function citeStatementRis(c: StatementCitation, accessed?: string): string {
  const lines: [string, string | undefined][] = [
    ['TY', 'ELEC'],
    ['AU', author(c)],
    ['TI', citedTitle(c)],
    ['DA', c.date.replaceAll('-', '/')],
    ['PB', c.source.publisher],
    ['T2', c.source.title],
    ['UR', c.source.url ?? c.viewUrl],
    [
      'N1',
      `${publishersWords(c) ? `${c.quoteKind === 'context' ? 'Context to' : 'Paraphrase of'} ${c.speaker}, ` : ''}${c.role}. Via Parley, “${c.viewTitle}”, ${c.viewUrl}`,
    ],
    ['Y2', accessed?.replaceAll('-', '/')],
    ['ER', ''],
  ];
  return lines
    .filter((l): l is [string, string] => l[1] !== undefined)
    .map(([tag, value]) => `${tag}  - ${value}`.trimEnd())
    .join('\n');
}

/** A view cited in three lines: what it shows, its link, and how many sources it rests on. */
export function citeViewText(
  v: { title: string; url: string; sourceCount: number },
  accessed?: string,
): string {
  return [
    `Parley, “${v.title}”.`,
    v.url,
    `${accessed ? `Accessed ${formatDate(accessed)}. ` : ''}Based on ${v.sourceCount} source${v.sourceCount === 1 ? '' : 's'}, listed with the view.`,
  ].join('\n');
}
