import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StanceList } from '@/app/ui/stances/stance-list';
import { ViewNotices } from '@/app/ui/view/view-notices';
import { dashboardForView, dashboardHref, viewPageMetadata } from '@/app/views/dashboard';
import { getDataset } from '@/lib/data';
import { cellKey } from '@/lib/stances/position-at';
import { ignoredParams } from '@/lib/view/params';
import { issuePath } from '@/lib/view/paths';

type Props = {
  params: Promise<{ issue: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function find(id: string) {
  return getDataset().issues.find((i) => i.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const issue = find((await params).issue);
  if (!issue) return {};
  return viewPageMetadata(issueView(issue.id), {
    title: issue.title,
    description: `Every party’s stance on: ${issue.proposition}`,
    path: issuePath(issue.id),
  });
}

/** One issue across every party; an unknown issue is a 404, not an empty page. */
export default async function IssuePage({ params, searchParams }: Props) {
  const issue = find((await params).issue);
  if (!issue) notFound();
  const { model, view, ctx } = issueView(issue.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{issue.title}</h1>
      <ViewNotices notices={ignoredParams(await searchParams)} />
      <p>
        <span className="text-slate-700 dark:text-slate-300">Measured against: </span>“{issue.proposition}”
      </p>
      {issue.description && <p>{issue.description}</p>}
      <StanceList
        caption={`Latest stance of each party on ${issue.title}`}
        rows={model.parties.map((party) => ({
          key: party.id,
          label: party.name,
          cell: model.cells.get(cellKey(party.id, issue.id)),
          href: dashboardHref({ ...view, cell: { party: party.id, issue: issue.id } }, ctx),
        }))}
      />
      <p>
        <a href={dashboardHref({ ...view, mode: 'compare' }, ctx)}>Compare the parties on {issue.title}</a>
      </p>
    </div>
  );
}

/** The dashboard view this page shows: every party, this issue. */
function issueView(id: string) {
  return dashboardForView({ issues: [id], parties: getDataset().parties.map((p) => p.id) });
}
