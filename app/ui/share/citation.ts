import { formatDate } from '@/lib/format/date';

export type CitationSource = { title: string; publisher: string; url: string | null };

/** A plain-text citation: site, title, date accessed, address and the sources it rests on. */
export function citationText(
  title: string,
  url: string,
  accessedIso: string,
  sources: CitationSource[],
): string {
  const lines = [`Parley, “${title}”. Accessed ${formatDate(accessedIso)}. ${url}`];
  if (sources.length > 0) {
    lines.push('Sources:');
    for (const s of sources)
      lines.push(`- ${s.title}, ${s.publisher}${s.url ? `, ${s.url}` : ' (no address)'}`);
  }
  return lines.join('\n');
}
