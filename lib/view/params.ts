import { isIsoDate } from '../format/date';

/** Query input as Next.js hands it to a page, or as the browser has it. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/** Longest value we read; anything longer is ignored rather than processed. */
export const maxParamLength = 2_000;
const maxNotices = 8;

export function toSearchParams(raw: RawParams): URLSearchParams {
  if (raw instanceof URLSearchParams) return raw;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else if (value !== undefined) params.append(key, value);
  }
  return params;
}

/** Collects what a parser ignored, in words a reader understands. */
export class Notices {
  private readonly items: string[] = [];
  add(message: string) {
    this.items.push(message);
  }
  list(): string[] {
    if (this.items.length <= maxNotices) return [...this.items];
    return [...this.items.slice(0, maxNotices), `…and ${this.items.length - maxNotices} more ignored values`];
  }
}

/** Shows a value in a notice without letting a huge or odd one flood the page. */
export function quoted(value: string): string {
  const clean = value.replace(/\p{C}/gu, '�');
  return `“${clean.length > 40 ? `${clean.slice(0, 40)}…` : clean}”`;
}

/** One value of a key: the first if repeated (with a notice), undefined if absent, empty or too long. */
export function readSingle(params: URLSearchParams, key: string, notices: Notices): string | undefined {
  const values = params.getAll(key);
  if (values.length > 1) notices.add(`“${key}” was given ${values.length} times; used the first.`);
  const value = values[0];
  if (value === undefined || value === '') return undefined;
  if (value.length > maxParamLength) {
    notices.add(`Ignored “${key}”: the value is too long.`);
    return undefined;
  }
  return value;
}

/**
 * A list of known ids, in the given order, without repeats; unknown ids are reported. The list is comma-separated,
 * and a repeated key adds to it, as an HTML form with one checkbox per id sends it (after an empty value that
 * stands for "none ticked").
 */
export function readIdList<T extends string>(
  params: URLSearchParams,
  key: string,
  known: readonly T[],
  notices: Notices,
  what: string,
): T[] | undefined {
  const values = params.getAll(key);
  if (values.length === 0) return undefined;
  // Present but empty is a list the reader emptied on purpose ("none"); a form sends it as one empty value.
  if (values.every((v) => v === '')) return [];
  if (values.join(',').length > maxParamLength) {
    notices.add(`Ignored “${key}”: the value is too long.`);
    return undefined;
  }
  const ids: T[] = [];
  for (const id of values.flatMap((v) => v.split(','))) {
    if (id === '') continue;
    const match = known.find((k) => k === id);
    if (match === undefined) notices.add(`Ignored unknown ${what} ${quoted(id)}.`);
    else if (!ids.includes(match)) ids.push(match);
  }
  if (ids.length === 0) {
    notices.add(`No known ${what} in “${key}”; showing the default.`);
    return undefined;
  }
  return ids;
}

/** One of a closed set of values, or undefined (reported) when it is not one of them. */
export function readChoice<T extends string>(
  params: URLSearchParams,
  key: string,
  choices: readonly T[],
  notices: Notices,
): T | undefined {
  const value = readSingle(params, key, notices);
  if (value === undefined) return undefined;
  const choice = choices.find((c) => c === value);
  if (choice !== undefined) return choice;
  notices.add(`Ignored “${key}” ${quoted(value)}: expected one of ${choices.join(', ')}.`);
  return undefined;
}

/** Parameter names a route does not define are reported, never acted on. */
export function reportUnknownKeys(params: URLSearchParams, knownKeys: readonly string[], notices: Notices) {
  const unknown = new Set([...params.keys()].filter((key) => !knownKeys.includes(key)));
  for (const key of unknown) notices.add(`Ignored unknown parameter ${quoted(key)}.`);
}

/** What a page that takes no parameters ignored in its address: every parameter it was given. */
export function ignoredParams(raw: RawParams): string[] {
  const notices = new Notices();
  reportUnknownKeys(toSearchParams(raw), [], notices);
  return notices.list();
}

/** "?a=1&b=x,y": commas and colons left readable, since ids never contain them and links get shared by hand. */
export function toQueryString(params: URLSearchParams): string {
  const text = params.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
  return text ? `?${text}` : '';
}

/** A date written YYYY-MM-DD inside a range, or null (reported) when it is malformed, unreal or outside it. */
export function readDate(
  params: URLSearchParams,
  key: string,
  range: { min: string; max: string },
  notices: Notices,
): string | null {
  const value = readSingle(params, key, notices);
  if (value === undefined) return null;
  if (!isIsoDate(value)) {
    notices.add(`Ignored “${key}” ${quoted(value)}: not a date written YYYY-MM-DD.`);
    return null;
  }
  if (value < range.min || value > range.max) {
    notices.add(`Ignored “${key}” ${quoted(value)}: outside ${range.min} to ${range.max}.`);
    return null;
  }
  return value;
}
