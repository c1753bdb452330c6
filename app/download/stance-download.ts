import { dashboardFor } from '@/app/views/dashboard';
import { absoluteUrl } from '@/app/views/site';
import { toCsv } from '@/lib/format/csv';
import { sourceLine } from '@/lib/format/source-line';
import type { StanceRow } from '@/lib/stances/stance-rows';
import { viewPaths } from '@/lib/view/paths';
import { changesDownload } from './changes-download';
import { fileResponse } from './file-response';

/** The view's cells as a file: the rows the page's table shows, in its order, with the sources behind them. */
export function stanceDownload(params: URLSearchParams, format: 'csv' | 'json'): Response {
  const dashboard = dashboardFor(params);
  const { changes, changeRows } = dashboard;
  if (changes && changeRows) return changesDownload(dashboard, { changes, rows: changeRows }, format);
  const { model, description, shareQuery, data, rows, sources, notices } = dashboard;
  if (format === 'json') {
    const body = {
      title: description.title,
      view: absoluteUrl(`${viewPaths.dashboard}${shareQuery}`),
      asOf: model.asOf,
      case: data.case.name,
      // What the address asked for and the view did not take, as the page says it.
      ignored: notices,
      scale: 'strongly opposes (-2) … strongly supports (+2); null = no statement in our sources',
      rows: rows.map(({ sources, ...row }) => ({ ...row, sources: sources.map((s) => s.id) })),
      sources,
    };
    return fileResponse(`${JSON.stringify(body, null, 2)}\n`, 'parley-stances.json', 'application/json');
  }
  const columns: [string, (r: StanceRow) => string | number | null][] = [
    ['issue_id', (r) => r.issue_id],
    ['issue', (r) => r.issue],
    ['party_id', (r) => r.party_id],
    ['party', (r) => r.party],
    ['stance', (r) => r.stance],
    ['stance_value', (r) => r.stance_value],
    ['basis', (r) => r.basis],
    ['date', (r) => r.date],
    ['summary', (r) => r.summary],
    ['rationale', (r) => r.rationale],
    ['rule', (r) => r.rule],
    ['conflict', (r) => r.conflict],
    ['note', (r) => r.note],
    ['agreement', (r) => r.agreement],
    ['statements', (r) => r.statements.join(' | ')],
    ['sources', (r) => r.sources.map(sourceLine).join(' | ')],
  ];
  const csv = toCsv(
    columns.map(([name]) => name),
    rows.map((r) => columns.map(([, value]) => value(r))),
  );
  return fileResponse(csv, 'parley-stances.csv', 'text/csv');
}
