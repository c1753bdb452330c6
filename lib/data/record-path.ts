/**
 * A path into a data file that names each record by its id rather than its place in a list, so a maintainer can
 * search for it: `party-a-water-2031-01-11.evidence[0].speaker`, `figures[survey-2031-01].gainKm2`. A record with
 * no id, or one whose id is not unique in its list, keeps its index.
 */
export function recordPath(root: unknown, path: readonly PropertyKey[]): string {
  let node: unknown = root;
  let text = '';
  path.forEach((key, depth) => {
    if (typeof key === 'number') {
      const id = Array.isArray(node) ? uniqueId(node, key) : undefined;
      text += id !== undefined && depth === 0 ? id : `[${id ?? key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
    } else {
      const name = String(key);
      text += depth === 0 ? name : `.${name}`;
      node = isRecord(node) ? node[name] : undefined;
    }
  });
  return text;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `id` of a record, when it has a string one. */
export function idOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.id === 'string' && value.id !== '' ? value.id : undefined;
}

function uniqueId(list: readonly unknown[], index: number): string | undefined {
  const id = idOf(list[index]);
  if (id === undefined) return undefined;
  return list.filter((item) => idOf(item) === id).length === 1 ? id : undefined;
}
