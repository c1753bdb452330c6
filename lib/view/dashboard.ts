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

export const issueSorts = ['data', 'divergence'] as const;
export type IssueSort = (typeof issueSorts)[number];

/** The parameter names of the dashboard, in the order a canonical link writes them. */
export const dashboardKeys = [
  'mode',
  'parties',
  'issues',
  'rows',
  'sort',
  'q',
  'from',
  'asof',
  'cell',
] as const;

export type DashboardView = {
  mode: DashboardMode;
  /** Shown parties, in the reader's order. */
  parties: string[];
  /** Shown issues, in data order unless sorted. */
  issues: string[];
  rows: MatrixRows;
  sort: IssueSort;
  /** Text filter over issue titles and propositions. */
  q: string;
  /** The earlier date of the changes view; null means the start of the evidence. */
  from: string | null;
  /** The date the matrix is seen as of; null means the latest evidence. */
  asOf: string | null;
  /** The cell whose evidence is open. */
  cell: { party: string; issue: string } | null;
};

export type DashboardContext = {
  partyIds: readonly string[];
  issueIds: readonly string[];
  /** Earliest and latest dates the as-of control accepts. */
  dateRange: { min: string; max: string };
};

export const maxQueryLength = 100;

/** A default view shows at most this many parties, so a large dataset opens on a matrix a reader can take in. */
export const defaultPartyCount = 10;

export function defaultDashboardView(ctx: DashboardContext): DashboardView {
  return {
    mode: 'matrix',
    parties: ctx.partyIds.slice(0, defaultPartyCount),
    issues: [...ctx.issueIds],
    rows: 'issues',
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

  const asOf = readDate(params, 'asof', ctx.dateRange, notices);
  const from = readDate(params, 'from', ctx.dateRange, notices);

  return {
    view: {
      mode: readChoice(params, 'mode', dashboardModes, notices) ?? defaults.mode,
      parties: readIdList(params, 'parties', ctx.partyIds, notices, 'party') ?? defaults.parties,
      issues: readIdList(params, 'issues', ctx.issueIds, notices, 'issue') ?? defaults.issues,
      rows: readChoice(params, 'rows', matrixRowChoices, notices) ?? defaults.rows,
      sort: readChoice(params, 'sort', issueSorts, notices) ?? defaults.sort,
      q: q.slice(0, maxQueryLength),
      from,
      asOf,
      cell: readCell(params, ctx, notices),
    },
    notices: notices.list(),
  };
}

function readCell(params: URLSearchParams, ctx: DashboardContext, notices: Notices): DashboardView['cell'] {
  const value = readSingle(params, 'cell', notices);
  if (value === undefined) return null;
  const [party = '', issue = '', ...rest] = value.split(':');
  if (rest.length === 0 && ctx.partyIds.includes(party) && ctx.issueIds.includes(issue))
    return { party, issue };
  notices.add(`Ignored “cell” ${quoted(value)}: expected a known party and issue, as party:issue.`);
  return null;
}

/**
 * Writes a view as query parameters, always in the order of `dashboardKeys`. A canonical link writes every
 * parameter, so it keeps showing the same view after the defaults change; a compact one leaves defaults out.
 */
export function serializeDashboardView(
  view: DashboardView,
  ctx: DashboardContext,
  { canonical = false }: { canonical?: boolean } = {},
): URLSearchParams {
  const defaults = defaultDashboardView(ctx);
  const values: Record<(typeof dashboardKeys)[number], string> = {
    mode: view.mode,
    parties: view.parties.join(','),
    issues: view.issues.join(','),
    rows: view.rows,
    sort: view.sort,
    q: view.q,
    // The changes view's start is pinned in a shared link, like its end below.
    from: view.from ?? (canonical && view.mode === 'changes' ? ctx.dateRange.min : ''),
    // A shared link pins the date it was made on, so later reports do not change what it shows.
    asof: view.asOf ?? (canonical ? ctx.dateRange.max : ''),
    cell: view.cell ? `${view.cell.party}:${view.cell.issue}` : '',
  };
  const defaultValues: Record<(typeof dashboardKeys)[number], string> = {
    mode: defaults.mode,
    parties: defaults.parties.join(','),
    issues: defaults.issues.join(','),
    rows: defaults.rows,
    sort: defaults.sort,
    q: '',
    from: '',
    asof: '',
    cell: '',
  };
  const params = new URLSearchParams();
  for (const key of dashboardKeys) {
    const value = values[key];
    const optionalEmpty = value === '' && (key === 'q' || key === 'from' || key === 'asof' || key === 'cell');
    if (optionalEmpty) continue;
    if (canonical || value !== defaultValues[key]) params.set(key, value);
  }
  return params;
}
