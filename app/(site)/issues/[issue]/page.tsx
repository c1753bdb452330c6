import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StanceList } from '@/app/ui/stances/stance-list';
import { getDataset } from '@/lib/data';
import { getStanceView } from '@/lib/data/stance-view';

type Props = { params: Promise<{ issue: string }> };

function find(id: string) {
  return getDataset().issues.find((i) => i.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const issue = find((await params).issue);
  return issue ? { title: issue.title, description: `Every party’s stance on: ${issue.proposition}` } : {};
}

/** One issue across every party; an unknown issue is a 404, not an empty page. */
export default async function IssuePage({ params }: Props) {
  const issue = find((await params).issue);
  if (!issue) notFound();
  const { model } = getStanceView({ issues: issue.id });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{issue.title}</h1>
      <p>
        <span className="text-slate-600 dark:text-slate-400">Measured against: </span>“{issue.proposition}”
      </p>
      {issue.description && <p>{issue.description}</p>}
      <StanceList
        caption={`Latest stance of each party on ${issue.title}`}
        rows={model.parties.map((party) => ({
          key: party.id,
          label: party.name,
          cell: model.cells.get(`${party.id}:${issue.id}`),
          href: `/?issues=${issue.id}&cell=${party.id}:${issue.id}`,
        }))}
      />
      <p>
        <Link href={`/?issues=${issue.id}&mode=compare`}>Compare the parties on {issue.title}</Link>
      </p>
    </div>
  );
}
