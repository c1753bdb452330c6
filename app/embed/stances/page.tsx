import type { Metadata } from 'next';
import { StanceExplorer } from '@/app/ui/stances/stance-explorer';
import { getExplorerProps, getStanceView } from '@/lib/data/stance-view';
import { stanceMetadata } from '@/lib/view/stance-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return stanceMetadata(getStanceView(await searchParams), '/embed/stances');
}

export default async function EmbedStancesPage({ searchParams }: Props) {
  const explorer = getExplorerProps(await searchParams);
  return (
    <>
      <h1 className="sr-only">Parley: stances</h1>
      <StanceExplorer {...explorer} embedded />
    </>
  );
}
