import type { Metadata } from 'next';
import { SourcesTable } from '@/app/ui/sources/sources-table';
import { ViewNotices } from '@/app/ui/view/view-notices';
import { getDataset } from '@/lib/data';
import { ignoredParams } from '@/lib/view/params';

// Read from the running server's data, so a restart after a data change shows new sources without a rebuild.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Sources',
  description: 'Every report, statement and dataset behind Parley’s stances and territory figures.',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SourcesPage({ searchParams }: Props) {
  const { sources } = getDataset();
  const sorted = [...sources].sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? ''));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Sources</h1>
      <ViewNotices notices={ignoredParams(await searchParams)} />
      <p className="max-w-3xl">
        Every figure and quote in Parley names one of these. A page that shows no date says so, and a source
        with no web address says why.
      </p>
      <SourcesTable sources={sorted} caption={`${sorted.length} sources, newest first`} />
    </div>
  );
}
