import 'server-only';
import { getDataset } from '@/lib/data';
import { atomDate, renderAtom } from '@/lib/format/atom';
import { formatDate } from '@/lib/format/date';
import { plural } from '@/lib/format/plural';
import { sourceLine } from '@/lib/format/source-line';
import { cellCitations, statementLine } from '@/lib/stances/citation';
import { type FeedEntry, feedEntries } from '@/lib/stances/feed';
import { stanceDataOf } from '@/lib/stances/stance-data';
import { defaultDashboardView } from '@/lib/view/dashboard';
import { parseFeedView, serializeFeedView } from '@/lib/view/feed';
import { type RawParams, toQueryString } from '@/lib/view/params';
import { viewPaths } from '@/lib/view/paths';
import { siteName } from '@/lib/view/site-name';
import { dashboardContext, dashboardHref } from './dashboard';
import { absoluteUrl, siteOrigin } from './site';

/** The Atom feed of stance changes for a feed URL: the same data and rules as the dashboard's cells. */
export function feedFor(raw: RawParams): string {
  const data = stanceDataOf(getDataset());
  const ctx = dashboardContext(data);
  const { view, notices } = parseFeedView(raw, ctx);
  const entries = feedEntries(data, view);
  const names = (ids: string[], all: { id: string; shortName?: string; title?: string }[]) =>
    ids.map((id) => all.find((x) => x.id === id)).map((x) => x?.shortName ?? x?.title ?? '');
  const scope = [...names(view.parties, data.parties), ...names(view.issues, data.issues)].join(', ');
  const cellUrl = (entry: FeedEntry) =>
    absoluteUrl(
      dashboardHref(
        {
          ...defaultDashboardView(ctx),
          cell: { party: entry.party.id, issue: entry.issue.id },
          asOf: entry.position.date,
        },
        ctx,
      ),
    );
  const host = siteOrigin().hostname;
  const year = data.dateRange.min.slice(0, 4);
  return renderAtom({
    id: `tag:${host},${year}:${data.case.id}/changes${toQueryString(serializeFeedView(view))}`,
    title: `${siteName}: changes of stance in ${data.case.name}${scope ? ` (${scope})` : ''}`,
    subtitle: [
      `New stances, changed stances and conflicting reports, newest first: ${plural(entries.length, 'entry', 'entries')}.`,
      ...notices,
    ].join(' '),
    self: absoluteUrl(`${viewPaths.feed}${toQueryString(serializeFeedView(view))}`),
    alternate: absoluteUrl(viewPaths.dashboard),
    updated: atomDate(entries[0]?.position.date ?? data.case.asOf),
    author: siteName,
    entries: entries.map((entry) => {
      const evidence = entry.position.evidence[0];
      // Cited as a citation cites it, so a paraphrase or an outlet's context is never the speaker's words.
      const [statement] = cellCitations(
        { evidence: evidence ? [evidence] : [] },
        { title: entry.title, url: cellUrl(entry) },
      );
      return {
        id: `tag:${host},${year}:${data.case.id}/position/${entry.position.id}`,
        title: entry.title,
        link: cellUrl(entry),
        updated: atomDate(entry.position.date),
        summary: entry.position.summary,
        content: [
          `${entry.title}, ${formatDate(entry.position.date)}.`,
          entry.position.summary,
          entry.position.rationale ? `Why this stance: ${entry.position.rationale}` : '',
          entry.position.conflict ? `Reports conflict: ${entry.position.conflict}` : '',
          entry.position.note ? `Note: ${entry.position.note}` : '',
          statement && evidence ? `${statementLine(statement)} — ${sourceLine(evidence.source)}` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      };
    }),
  });
}
