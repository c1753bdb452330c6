import Link from 'next/link';
import { getDataset } from '@/lib/data';
import { getStanceData } from '@/lib/data/stance-data';
import { dashboardContext } from '@/lib/stances/dashboard-context';
import { siteTagline } from '@/lib/view/site';
import { IssuesList } from './ui/issues-list';
import { PartiesList } from './ui/parties-list';
import { SourcesTable } from './ui/sources/sources-table';
import { StanceExplorer } from './ui/stances/stance-explorer';
import { headlineMonth, NovemberPanel } from './ui/territory/november-panel';

export default function HomePage() {
  const dataset = getDataset();
  const stanceData = getStanceData();
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
      <StanceExplorer data={stanceData} ctx={dashboardContext(stanceData)} />
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
