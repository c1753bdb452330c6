import type { Aliases } from '../../schemas';
import { type Candidate, nearest } from '../nearest';
import { baseName, slug, uniqueId } from './slug';

/** A party or an issue as the import can name it: by id, by its names, or by an alias. */
export type Named = { id: string; names: string[] };

export type Resolved<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * The id for a gatherer's party or issue name: its alias, else an id or name it matches exactly (case aside).
 * Anything else is refused with the nearest id, because a wrong guess would file a stance under another cell.
 */
export function resolveNamed(
  what: 'party' | 'issue',
  name: string,
  known: Named[],
  aliases: Record<string, string>,
): Resolved<string> {
  const aliased = aliases[name];
  if (aliased !== undefined) return { ok: true, value: aliased };
  const key = slug(name, 20);
  const exact = known.find((k) => k.id === key || k.names.some((n) => slug(n, 20) === key));
  if (exact) return { ok: true, value: exact.id };
  const candidates: Candidate[] = [
    ...known.flatMap((k) => [k.id, ...k.names].map((n) => ({ key: n, id: k.id }))),
    ...Object.entries(aliases).map(([alias, id]) => ({ key: alias, id })),
  ];
  const match = nearest(name, candidates);
  const file = what === 'party' ? 'parties.json' : 'issues.json';
  const hint = !match ? '' : match.close ? ` (did you mean "${match.id}"?)` : ` (nearest: "${match.id}")`;
  return {
    ok: false,
    reason: `unknown ${what} "${name}"${hint}; map it to an id in data/aliases.json, or add the ${what} to data/${file}`,
  };
}

export type KnownSpeaker = { id: string; name: string; party: string };

export type SpeakerChoice =
  | { kind: 'known'; id: string; party: string }
  | { kind: 'new'; id: string; party: string; name: string };

/**
 * The speaker of a report: by alias, else by exact name (with or without the gatherer's qualifiers in brackets).
 * A name close to a known speaker's but not the same is refused, "Kier Starmer" beside "Keir Starmer": adding it
 * would split one person in two. Any other name is a new speaker of the report's party (or the alias's party).
 */
export function resolveSpeaker(
  name: string,
  reportParty: string,
  known: KnownSpeaker[],
  aliases: Aliases['speakers'],
): Resolved<SpeakerChoice> {
  const byId = new Map(known.map((s) => [s.id, s]));
  const alias = aliases[name];
  if (alias !== undefined) {
    const id = typeof alias === 'string' ? alias : alias.id;
    const existing = byId.get(id);
    if (existing) return { ok: true, value: { kind: 'known', id, party: existing.party } };
    const party = typeof alias === 'string' ? reportParty : alias.party;
    return { ok: true, value: { kind: 'new', id, party, name } };
  }
  const wanted = [slug(name, 20), slug(baseName(name), 20)];
  const exact = known.find((s) => wanted.includes(slug(s.name, 20)));
  if (exact) return { ok: true, value: { kind: 'known', id: exact.id, party: exact.party } };
  const candidates: Candidate[] = [
    ...known.map((s) => ({ key: s.name, id: s.id })),
    ...Object.entries(aliases).map(([key, a]) => ({ key, id: typeof a === 'string' ? a : a.id })),
  ];
  const match = nearest(baseName(name), candidates);
  if (match?.close) {
    return {
      ok: false,
      reason: `unknown speaker "${name}" (did you mean "${match.key}", ${match.id}?); if it is the same person, map the name to ${match.id} in data/aliases.json`,
    };
  }
  const id = uniqueId(slug(baseName(name)), (candidate) => byId.has(candidate));
  return { ok: true, value: { kind: 'new', id, party: reportParty, name } };
}
