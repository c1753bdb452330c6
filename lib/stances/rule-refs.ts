/** A rule's text in pieces: plain words, and the rules it refers to by id, to be drawn as links; `at` is where
 * the piece starts in the text, which keys it. */
export type RuleTextPart = { at: number } & ({ text: string } | { rule: string });

/**
 * Splits a codebook rule's text at its references to other rules, which the codebook writes as a quoted id
 * ("(see 'demand-or-red-line')"). Only ids of other rules count: a quoted word that is no rule's id, or the rule's
 * own id, stays text.
 */
export function ruleTextParts(text: string, ruleIds: readonly string[], self: string): RuleTextPart[] {
  const ids = new Set(ruleIds.filter((id) => id !== self));
  const parts: RuleTextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)*)'/g)) {
    const id = match[1];
    if (id === undefined || !ids.has(id)) continue;
    if (match.index > last) parts.push({ at: last, text: text.slice(last, match.index) });
    parts.push({ at: match.index, rule: id });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ at: last, text: text.slice(last) });
  return parts;
}
