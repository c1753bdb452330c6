import type { Dashboard } from '@/app/views/dashboard';
import { absoluteUrl } from '@/app/views/site';
import { toCsv } from '@/lib/format/csv';
import { sourceLine } from '@/lib/format/source-line';
import type { ChangeRow } from '@/lib/stances/change-rows';
import type { ChangesModel } from '@/lib/stances/changes';
import type { SourceView } from '@/lib/stances/stance-data';
import { viewPaths } from '@/lib/view/paths';
import { fileResponse } from './file-response';

const columns: [string, (r: ChangeRow) => string | number | null][] = [
  ['issue_id', (r) => r.issue_id],
  ['issue', (r) => r.issue],
  ['party_id', (r) => r.party_id],
  ['party', (r) => r.party],
  ['from', (r) => r.from],
  ['to', (r) => r.to],
  ['stance_before', (r) => r.stance_before],
  ['stance_value_before', (r) => r.stance_value_before],
  ['basis_before', (r) => r.basis_before],
  ['date_before', (r) => r.date_before],
  ['summary_before', (r) => r.summary_before],
  ['conflict_before', (r) => r.conflict_before],
  ['note_before', (r) => r.note_before],
  ['statements_before', (r) => r.statements_before.join(' | ')],
  ['sources_before', (r) => lines(r.sources_before)],
  ['stance_after', (r) => r.stance_after],
  ['stance_value_after', (r) => r.stance_value_after],
  ['basis_after', (r) => r.basis_after],
  ['date_after', (r) => r.date_after],
  ['summary_after', (r) => r.summary_after],
  ['conflict_after', (r) => r.conflict_after],
  ['note_after', (r) => r.note_after],
  ['statements_after', (r) => r.statements_after.join(' | ')],
  ['sources_after', (r) => lines(r.sources_after)],
];

/** The changes view as a file: the cells it lists, in its order, each with its stance on both dates. */
export function changesDownload(
  { description, shareQuery, data, sources, notices }: Dashboard,
  { changes, rows }: { changes: ChangesModel; rows: ChangeRow[] },
  format: 'csv' | 'json',
): Response {
  if (format === 'json') {
    const body = {
      title: description.title,
      view: absoluteUrl(`${viewPaths.dashboard}${shareQuery}`),
      from: changes.from,
      to: changes.to,
      case: data.case.name,
      ignored: notices,
      scale: 'strongly opposes (-2) … strongly supports (+2); null = no statement in our sources',
      rows: rows.map(({ sources_before, sources_after, ...row }) => ({
        ...row,
        sources_before: sources_before.map((s) => s.id),
        sources_after: sources_after.map((s) => s.id),
      })),
      sources,
    };
    return fileResponse(
      `${JSON.stringify(body, null, 2)}\n`,
      'parley-stance-changes.json',
      'application/json',
    );
  }
  const csv = toCsv(
    columns.map(([name]) => name),
    rows.map((r) => columns.map(([, value]) => value(r))),
  );
  return fileResponse(csv, 'parley-stance-changes.csv', 'text/csv');
}

function lines(sources: readonly SourceView[]): string {
  return sources.map(sourceLine).join(' | ');
}
