import type { Metadata } from 'next';
import { TerritoryExplorer } from '@/app/ui/territory/territory-explorer';
import { getTerritoryData } from '@/lib/data/territory-data';
import { headlineMonth } from '@/lib/territory/headline';
import { territoryMetadata } from '@/lib/view/territory-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return territoryMetadata(await searchParams, getTerritoryData(), '/embed/territory');
}

export default async function EmbedTerritoryPage({ searchParams }: Props) {
  await searchParams;
  const data = getTerritoryData();
  return (
    <>
      <h1 className="sr-only">Parley: territory</h1>
      <TerritoryExplorer
        data={data}
        ctx={{ dateRange: data.dateRange }}
        highlightMonth={headlineMonth}
        embedded
      />
    </>
  );
}
