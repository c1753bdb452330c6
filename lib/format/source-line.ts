/** A source in one line, for files and citations: "Title (Publisher, 4 Dec 2025) https://…". */
export function sourceLine(source: {
  title: string;
  publisher: string;
  publishedOn: string | null;
  url: string | null;
}): string {
  const date = source.publishedOn ? `, ${source.publishedOn}` : '';
  return `${source.title} (${source.publisher}${date}) ${source.url ?? 'no address'}`;
}
