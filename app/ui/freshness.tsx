import { formatDate } from '@/lib/format/date';

export type FreshnessProps = { latestEvidence: string; asOf: string };

/** How current the page is: the latest evidence, and the day the data was last brought up to date. */
export function Freshness({ latestEvidence, asOf }: FreshnessProps) {
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      Evidence to <time dateTime={latestEvidence}>{formatDate(latestEvidence)}</time> · data checked{' '}
      <time dateTime={asOf}>{formatDate(asOf)}</time>
    </p>
  );
}
