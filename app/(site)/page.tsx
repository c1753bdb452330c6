import type { Metadata } from 'next';
import Link from 'next/link';
import { IssuesList } from '@/app/ui/issues-list';
import { PartiesList } from '@/app/ui/parties-list';
import { SourcesTable } from '@/app/ui/sources/sources-table';
import { StanceExplorer } from '@/app/ui/stances/stance-explorer';
import { NovemberPanel } from '@/app/ui/territory/november-panel';
import { getDataset } from '@/lib/data';
import { getExplorerProps, getStanceView } from '@/lib/data/stance-view';
import { headlineMonth } from '@/lib/territory/headline';
import { siteTagline } from '@/lib/view/site';
import { stanceMetadata } from '@/lib/view/stance-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return stanceMetadata(getStanceView(await searchParams));
}

export default async function HomePage({ searchParams }: Props) {
  const dataset = getDataset();
  const explorer = getExplorerProps(await searchParams);
  const headlineSourceIds = new Set([
    'seed-article',
    ...dataset.territory.figures.filter((f) => f.month === headlineMonth).map((f) => f.source),
    'economist-isw-daily',
  ]);
  const headlineSources = dataset.sources.filter((s) => headlineSourceIds.has(s.id));

  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">The Russia–Ukraine talks, issue by issue</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          {siteTagline} Open any cell for its quotes and sources;{' '}
          <Link href="/methodology">how stances are coded</Link>.
        </p>
      </div>
      <StanceExplorer {...explorer} />
      <NovemberPanel dataset={dataset} />
      <PartiesList parties={dataset.parties} />
      <IssuesList issues={dataset.issues} />
      <section aria-labelledby="home-sources-heading" className="space-y-2">
        <h2 id="home-sources-heading" className="text-xl font-semibold">
          Sources on this page
        </h2>
        <SourcesTable
          sources={headlineSources}
          caption="The article Parley starts from, and the territory figures"
        />
        <p>
          <Link href="/sources">All {dataset.sources.length} sources</Link>
        </p>
      </section>
    </div>
  );
}
