import Link from 'next/link';
import type { Issue } from '@/lib/schemas';

export type IssuesListProps = { issues: Issue[] };

/** Each issue with the proposition its stances are measured against. */
export function IssuesList({ issues }: IssuesListProps) {
  return (
    <section aria-labelledby="issues-heading" className="space-y-3">
      <h2 id="issues-heading" className="text-xl font-semibold">
        The issues
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2">
        {issues.map((issue) => (
          <div key={issue.id} className="rounded border border-slate-300 p-3 dark:border-slate-700">
            <dt className="font-semibold">
              <Link href={`/issues/${issue.id}`}>{issue.title}</Link>
            </dt>
            <dd className="text-sm">
              <span className="text-slate-600 dark:text-slate-400">Measured against: </span>“
              {issue.proposition}”
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
