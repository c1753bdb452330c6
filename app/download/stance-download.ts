import { getStanceView } from '@/lib/data/stance-view';
import { toCsv } from '@/lib/format/csv';
import { describeDashboardView } from '@/lib/stances/describe';
import { viewRows, viewSources } from '@/lib/stances/view-rows';
import { toQueryString } from '@/lib/view/params';
import { fileResponse } from './file-response';

export function stanceDownload(params: URLSearchParams, format: 'csv' | 'json'): Response {
  const { data, view, model, canonicalQuery } = getStanceView(params);
  const rows = viewRows(model, data.sources);
  if (format === 'json') {
    const body = {
      title: describeDashboardView(data, view, model).title,
      view: `/${toQueryString(canonicalQuery)}`,
      asOf: view.asOf,
      scale: 'strongly opposes (-2) … strongly supports (+2); null = no stated position',
      rows,
      sources: viewSources(rows),
    };
    return fileResponse(`${JSON.stringify(body, null, 2)}\n`, 'parley-stances.json', 'application/json');
  }
  const header = [
    'issue_id',
    'issue',
    'party_id',
    'party',
    'stance',
    'stance_value',
    'basis',
    'date',
    'summary',
    'conflict',
    'agreement',
    'distance',
    'sources',
  ];
  const csv = toCsv(
    header,
    rows.map((r) => [
      r.issueId,
      r.issue,
      r.partyId,
      r.party,
      r.stance,
      r.stanceValue,
      r.basis,
      r.date,
      r.summary,
      r.conflict,
      r.agreement,
      r.distance,
      r.sources.map((s) => `${s.title} (${s.publisher}) ${s.url ?? 'no address'}`).join(' | '),
    ]),
  );
  return fileResponse(csv, 'parley-stances.csv', 'text/csv');
}
