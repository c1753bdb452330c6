/** The parts of an Atom feed Parley writes (RFC 4287). */
export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address, and the page it belongs to. */
  self: string;
  alternate: string;
  updated: string;
  author: string;
  entries: AtomEntry[];
};

export type AtomEntry = {
  id: string;
  title: string;
  link: string;
  updated: string;
  summary: string;
  content: string;
};

/** Escapes text for XML content and attributes; data is always text, never markup. */
export function xmlEscape(text: string): string {
  // XML 1.0 forbids most control characters even when escaped, so they are dropped.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here
  const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
  return text
    .replace(forbidden, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** An ISO date as an Atom timestamp: the day's start in UTC. */
export function atomDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

export function renderAtom(feed: AtomFeed): string {
  const e = xmlEscape;
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${e(entry.id)}</id>
    <title>${e(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${e(entry.link)}"/>
    <updated>${e(entry.updated)}</updated>
    <summary>${e(entry.summary)}</summary>
    <content type="text">${e(entry.content)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <subtitle>${e(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${e(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.alternate)}"/>
  <updated>${e(feed.updated)}</updated>
  <author><name>${e(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
