import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StanceList } from '@/app/ui/stances/stance-list';
import { ViewNotices } from '@/app/ui/view/view-notices';
import { dashboardForView, dashboardHref, viewPageMetadata } from '@/app/views/dashboard';
import { getDataset } from '@/lib/data';
import { formatDate } from '@/lib/format/date';
import { cellKey } from '@/lib/stances/position-at';
import { ignoredParams } from '@/lib/view/params';
import { partyPath } from '@/lib/view/paths';

type Props = {
  params: Promise<{ party: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function find(id: string) {
  return getDataset().parties.find((p) => p.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const party = find((await params).party);
  if (!party) return {};
  return viewPageMetadata(partyView(party.id), {
    title: party.name,
    description: `Where ${party.name} stands on each issue, with the evidence.`,
    path: partyPath(party.id),
  });
}

/** One party across every issue; an unknown party is a 404, not an empty page. */
export default async function PartyPage({ params, searchParams }: Props) {
  const party = find((await params).party);
  if (!party) notFound();
  const { model, view, ctx } = partyView(party.id);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{party.name}</h1>
      <ViewNotices notices={ignoredParams(await searchParams)} />
      {party.note && <p className="max-w-3xl">{party.note}</p>}
      <ul className="space-y-1 text-sm">
        {party.speakers.map((s) => (
          <li key={s.id}>
            <span className="font-semibold">{s.name}</span>: {s.role} (as of {formatDate(s.roleAsOf)})
          </li>
        ))}
      </ul>
      <StanceList
        caption={`Latest stance of ${party.shortName} on each issue`}
        rows={model.issues.map((issue) => ({
          key: issue.id,
          label: issue.title,
          cell: model.cells.get(cellKey(party.id, issue.id)),
          href: dashboardHref({ ...view, cell: { party: party.id, issue: issue.id } }, ctx),
        }))}
      />
      <p>
        <a href={dashboardHref(view, ctx)}>Open {party.shortName} in the dashboard</a>
      </p>
    </div>
  );
}

/** The dashboard view this page shows: this party, every issue. */
function partyView(id: string) {
  return dashboardForView({ parties: [id] });
}
