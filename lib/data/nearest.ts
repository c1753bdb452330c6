/** A known name or id, and the id it stands for. */
export type Candidate = { key: string; id: string };

export type Match = { id: string; key: string; close: boolean };

/**
 * The candidate nearest to `target`, and whether it is close enough to be a misspelling or a variant of it: one
 * edit per six characters ("jon-doe" for "john-doe", not "mary-major" for "mary-miner"), or every word
 * of the shorter inside the longer ("jane-doe" for "doe", not "north-delegates" for "south-delegates").
 * Undefined only when there is no candidate.
 */
export function nearest(target: string, candidates: Iterable<Candidate>): Match | undefined {
  const wanted = normalise(target);
  let best: (Match & { score: number }) | undefined;
  for (const candidate of candidates) {
    const key = normalise(candidate.key);
    const distance = editDistance(wanted, key);
    const contained = wordsWithin(wanted, key);
    const close = contained || distance <= Math.max(1, Math.floor(Math.max(wanted.length, key.length) / 6));
    const score = contained ? 0 : distance;
    if (!best || score < best.score || (score === best.score && close && !best.close)) {
      best = { id: candidate.id, key: candidate.key, close, score };
    }
  }
  return best && { id: best.id, key: best.key, close: best.close };
}

/** The known id that `id` is probably a misspelling of, if any. */
export function closeId(id: string, known: Iterable<string>): string | undefined {
  const match = nearest(
    id,
    [...known].map((k) => ({ key: k, id: k })),
  );
  return match?.close ? match.id : undefined;
}

/** `unknown speaker "jane-doe"; did you mean "doe"?`, or without the question when nothing is close. */
export function unknownId(what: string, id: string, known: Iterable<string>): string {
  const suggestion = closeId(id, known);
  return suggestion ? `unknown ${what} "${id}"; did you mean "${suggestion}"?` : `unknown ${what} "${id}"`;
}

function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function wordsWithin(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const words = shorter.split('-');
  const within = new Set(longer.split('-'));
  return shorter !== longer && words.some((w) => w.length >= 3) && words.every((w) => within.has(w));
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours ("ie"/"ei"). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [];
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        row.push(i + j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(value);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}
