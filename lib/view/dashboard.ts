import {
  Notices,
  quoted,
  type RawParams,
  readChoice,
  readDate,
  readIdList,
  readSingle,
  reportUnknownKeys,
  toSearchParams,
} from './params';

export const dashboardModes = ['matrix', 'compare', 'changes'] as const;
export type DashboardMode = (typeof dashboardModes)[number];

/** Which dimension runs down the rows of the matrix. */
export const matrixRowChoices = ['issues', 'parties'] as const;
export type MatrixRows = (typeof matrixRowChoices)[number];

/** Compact fits the whole matrix on one screen; comfortable adds each stance's summary and date. */
export const densities = ['compact', 'comfortable'] as const;
export type Density = (typeof densities)[number];

/** Issue orders that are not a party's column: as listed in the data, or the widest gaps first. */
export const issueSorts = ['data', 'divergence'] as const;
/** An issue order: one of `issueSorts`, or a party id (that party's stance, strongest support first). */
export type IssueSort = (typeof issueSorts)[number] | `party:${string}`;

/** The parameter names of the dashboard, in the order a link writes them. */
export const dashboardKeys = [
  'mode',
  'parties',
  'issues',
  'rows',
  'density',
  'sort',
  'q',
  'from',
  'asof',
  'cell',
] as const;
export type DashboardKey = (typeof dashboardKeys)[number];

/** Each field of the view and the parameter that carries it: what the controls' form fields are named. */
export const dashboardParam = {
  mode: 'mode',
  parties: 'parties',
  issues: 'issues',
  rows: 'rows',
  density: 'density',
  sort: 'sort',
  q: 'q',
  from: 'from',
  asOf: 'asof',
  cell: 'cell',
} as const satisfies Record<string, DashboardKey>;

export type CellRef = { party: string; issue: string };

export type DashboardView = {
  mode: DashboardMode;
  /** Shown parties, in the reader's order: the matrix's column order. */
  parties: string[];
  /** Chosen issues; the text filter and the sort act on these. */
  issues: string[];
  rows: MatrixRows;
  density: Density;
  sort: IssueSort;
  /** Text filter over issue titles and propositions: any of its words. */
  q: string;
  /** The earlier date of the changes view; null means the view's default start. */
  from: string | null;
  /** The date the stances are seen as of; null means the latest evidence. */
  asOf: string | null;
  /** The cell whose evidence is open. */
  cell: CellRef | null;
};

/** What the parser needs to know of the data: the ids it may accept, the defaults and the date range. */
export type DashboardContext = {
  partyIds: readonly string[];
  issueIds: readonly string[];
  defaultParties: readonly string[];
  /** Earliest and latest dates the date controls accept: the first evidence and the data's as-of date. */
  dateRange: { min: string; max: string };
};

export const maxQueryLength = 100;

export function defaultDashboardView(ctx: DashboardContext): DashboardView {
  return {
    mode: 'matrix',
    parties: [...ctx.defaultParties],
    issues: [...ctx.issueIds],
    rows: 'issues',
    density: 'compact',
    sort: 'data',
    q: '',
    from: null,
    asOf: null,
    cell: null,
  };
}

/** Reads a dashboard URL. Never throws: whatever it cannot use falls back to the default and is reported. */
export function parseDashboardView(
  raw: RawParams,
  ctx: DashboardContext,
): { view: DashboardView; notices: string[] } {
  const params = toSearchParams(raw);
  const notices = new Notices();
  const defaults = defaultDashboardView(ctx);
  reportUnknownKeys(params, dashboardKeys, notices);

  const q = readSingle(params, 'q', notices) ?? '';
  if (q.length > maxQueryLength) notices.add(`Shortened the text filter to ${maxQueryLength} characters.`);
  let from = readDate(params, 'from', ctx.dateRange, notices);
  const asOf = readDate(params, 'asof', ctx.dateRange, notices);
  if (from && asOf && from > asOf) {
    notices.add(`Ignored “from” ${quoted(from)}: it is after “asof”.`);
    from = null;
  }

  const parties = readIdList(params, 'parties', ctx.partyIds, notices, 'party') ?? defaults.parties;
  return {
    view: {
      mode: readChoice(params, 'mode', dashboardModes, notices) ?? defaults.mode,
      parties,
      issues: readIdList(params, 'issues', ctx.issueIds, notices, 'issue') ?? defaults.issues,
      rows: readChoice(params, 'rows', matrixRowChoices, notices) ?? defaults.rows,
      density: readChoice(params, 'density', densities, notices) ?? defaults.density,
      sort: readSort(params, parties, ctx, notices) ?? defaults.sort,
      q: q.trim().slice(0, maxQueryLength),
      from,
      asOf,
      cell: readCell(params, ctx, notices),
    },
    notices: notices.list(),
  };
}

/** The order "by this party's stance", as the URL writes it. */
export function partySort(party: string): IssueSort {
  return `party:${party}`;
}

/** The party an issue order sorts by, or undefined for an order that is not a party's. */
export function sortedParty(sort: string): string | undefined {
  return sort.startsWith('party:') ? sort.slice('party:'.length) : undefined;
}

/** An issue order from its URL value, or undefined when it names no known order or party. */
export function toIssueSort(value: string, ctx: Pick<DashboardContext, 'partyIds'>): IssueSort | undefined {
  const plain = issueSorts.find((s) => s === value);
  if (plain) return plain;
  const party = sortedParty(value);
  return party !== undefined && ctx.partyIds.includes(party) ? partySort(party) : undefined;
}

function readSort(
  params: URLSearchParams,
  shown: readonly string[],
  ctx: DashboardContext,
  notices: Notices,
): IssueSort | undefined {
  const value = readSingle(params, 'sort', notices);
  if (value === undefined) return undefined;
  const sort = toIssueSort(value, ctx);
  const party = sort && sortedParty(sort);
  if (party !== undefined && !shown.includes(party)) {
    notices.add(`Ignored “sort” ${quoted(value)}: that party is not shown.`);
    return undefined;
  }
  if (sort) return sort;
  notices.add(`Ignored “sort” ${quoted(value)}: expected ${issueSorts.join(', ')} or party:<a party>.`);
  return undefined;
}

function readCell(params: URLSearchParams, ctx: DashboardContext, notices: Notices): CellRef | null {
  const value = readSingle(params, 'cell', notices);
  if (value === undefined) return null;
  const [party = '', issue = '', ...rest] = value.split(':');
  if (rest.length === 0 && ctx.partyIds.includes(party) && ctx.issueIds.includes(issue))
    return { party, issue };
  notices.add(`Ignored “cell” ${quoted(value)}: expected a known party and issue, as party:issue.`);
  return null;
}

export function cellParam(cell: CellRef): string {
  return `${cell.party}:${cell.issue}`;
}

/**
 * Writes a view as query parameters in the order of `dashboardKeys`, leaving defaults out: one spelling per view,
 * so every link to a view is the same URL and one cached response serves them all.
 */
export function serializeDashboardView(view: DashboardView, ctx: DashboardContext): URLSearchParams {
  const defaults = defaultDashboardView(ctx);
  const values: Record<DashboardKey, [string, string]> = {
    mode: [view.mode, defaults.mode],
    parties: [view.parties.join(','), defaults.parties.join(',')],
    issues: [view.issues.join(','), defaults.issues.join(',')],
    rows: [view.rows, defaults.rows],
    density: [view.density, defaults.density],
    sort: [view.sort, defaults.sort],
    q: [view.q, ''],
    from: [view.from ?? '', ''],
    asof: [view.asOf ?? '', ''],
    cell: [view.cell ? cellParam(view.cell) : '', ''],
  };
  const params = new URLSearchParams();
  for (const key of dashboardKeys) {
    const [value, fallback] = values[key];
    // An emptied list differs from the default list, so it is written, as "parties=".
    if (value !== fallback) params.set(key, value);
  }
  return params;
}

/**
 * The link to share: the view with its dates pinned, so later reports do not change what it shows. `pins` are
 * the dates the view resolved its defaults to (the latest evidence, the changes view's start).
 */
export function shareDashboardView(
  view: DashboardView,
  ctx: DashboardContext,
  pins: { asOf: string; from: string | null },
): URLSearchParams {
  return serializeDashboardView(
    {
      ...view,
      asOf: view.asOf ?? pins.asOf,
      from: view.mode === 'changes' ? (view.from ?? pins.from) : view.from,
    },
    ctx,
  );
}
