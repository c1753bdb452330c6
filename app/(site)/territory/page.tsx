import type { Metadata } from 'next';
import { SourceLink } from '@/app/ui/sources/source-link';
import { NovemberPanel } from '@/app/ui/territory/november-panel';
import { TerritoryExplorer } from '@/app/ui/territory/territory-explorer';
import { getDataset } from '@/lib/data';
import { getTerritoryData } from '@/lib/data/territory-data';
import { formatMonth } from '@/lib/format/date';
import { headlineMonth } from '@/lib/territory/headline';
import { territoryMetadata } from '@/lib/view/territory-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return territoryMetadata(await searchParams, getTerritoryData());
}

export default async function TerritoryPage({ searchParams }: Props) {
  // The view comes from the query, so this page renders per request.
  await searchParams;
  const dataset = getDataset();
  const data = getTerritoryData();
  const seed = dataset.sources.find((s) => s.id === 'seed-article');
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">Territory: the battlefield behind the talks</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          How much of Ukraine Russia holds, and how fast that changed, by three sources that count
          differently. Their figures sit side by side and are never blended.
        </p>
      </div>
      <NovemberPanel dataset={dataset} />
      <section aria-labelledby="pokrovsk-heading" className="max-w-3xl space-y-2">
        <h2 id="pokrovsk-heading" className="text-lg font-semibold">
          Claims are not control: Pokrovsk
        </h2>
        <p>
          In the same week as the {formatMonth(headlineMonth)} figures, Putin was filmed reportedly receiving
          a briefing on the claimed capture of Pokrovsk, while fighting went on and Russian control of the
          area was incomplete. AFP’s figures count areas Russia claims; the Economist’s ISW series does not,
          which is one reason their November numbers differ.
        </p>
        {seed && (
          <p className="text-sm">
            Source: <SourceLink source={seed} />
          </p>
        )}
      </section>
      <TerritoryExplorer data={data} ctx={{ dateRange: data.dateRange }} highlightMonth={headlineMonth} />
    </div>
  );
}
