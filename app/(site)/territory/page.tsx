import type { Metadata } from 'next';
import { TerritoryViews } from '@/app/ui/territory/territory-views';
import { territoryFor } from '@/app/views/territory';
import { viewPaths } from '@/lib/view/paths';
import { previewMetadata } from '@/lib/view/preview-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const territory = territoryFor(await searchParams);
  if (!territory) return { title: 'Territory' };
  return previewMetadata({
    title: territory.model.title,
    description: territory.model.description,
    path: viewPaths.territory,
    canonicalPath: viewPaths.territory,
    image: viewPaths.previewTerritory,
    query: new URLSearchParams(territory.viewQuery),
    feed: viewPaths.feed,
  });
}

export default async function TerritoryPage({ searchParams }: Props) {
  const territory = territoryFor(await searchParams);
  if (!territory) {
    return (
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">Territory</h1>
        <p>This case has no territorial figures.</p>
      </div>
    );
  }
  return <TerritoryViews territory={territory} />;
}
