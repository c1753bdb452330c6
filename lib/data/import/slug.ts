/** A lowercase slug of a text, at most `maxWords` words: "The Straits Times (Reuters)" → "the-straits-times-reuters". */
export function slug(text: string, maxWords = 6): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .join('-');
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/** A name without the gatherer's qualifiers: "Donald Trump (per Axios sources)" → "Donald Trump". */
export function baseName(name: string): string {
  return (name.split(' (')[0] ?? name).split(', ')[0]?.trim() ?? name;
}
