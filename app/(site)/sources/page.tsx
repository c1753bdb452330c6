import type { Metadata } from 'next';
import { SourcesTable } from '@/app/ui/sources/sources-table';
import { getDataset } from '@/lib/data';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'Every report, statement and dataset behind Parley’s stances and territory figures.',
};

export default function SourcesPage() {
  const { sources } = getDataset();
  const sorted = [...sources].sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? ''));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Sources</h1>
      <p className="max-w-3xl">
        Every figure and quote in Parley names one of these. Pages that show no date say so; the seed article
        has no address and is identified by its headline and date.
      </p>
      <SourcesTable sources={sorted} caption={`${sorted.length} sources, newest first`} />
    </div>
  );
}
