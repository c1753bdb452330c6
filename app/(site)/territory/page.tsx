import type { Metadata } from 'next';
import { TerritoryViews } from '@/app/ui/territory/territory-views';
import { territoryFor } from '@/app/views/territory';
import { previewMetadata } from '@/lib/view/preview-metadata';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const territory = territoryFor(await searchParams);
  if (!territory) return { title: 'Territory' };
  return previewMetadata({
    title: territory.model.title,
    description: territory.model.description,
    path: '/territory',
    canonicalPath: '/territory',
    image: '/og/territory',
    query: new URLSearchParams(territory.shareQuery),
    feed: '/feed.xml',
  });
}

export default async function TerritoryPage({ searchParams }: Props) {
  const territory = territoryFor(await searchParams);
  if (!territory) {
    return (
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Territory</h1>
        <p>This case has no territorial figures.</p>
      </div>
    );
  }
  return <TerritoryViews territory={territory} />;
}
