import Link from 'next/link';
import { formatDate } from '@/lib/format/date';
import type { Party } from '@/lib/schemas';

export type PartiesListProps = { parties: Party[] };

/** Who takes part, and who speaks for each party, with their role on the date it applies. */
export function PartiesList({ parties }: PartiesListProps) {
  return (
    <section aria-labelledby="parties-heading" className="space-y-3">
      <h2 id="parties-heading" className="text-xl font-semibold">
        The parties and who speaks for them
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {parties.map((party) => (
          <li key={party.id} className="rounded border border-slate-300 p-3 dark:border-slate-700">
            <h3 className="font-semibold">
              <Link href={`/parties/${party.id}`}>{party.name}</Link>
            </h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">{party.kind}</p>
            <ul className="mt-2 space-y-1 text-sm">
              {party.speakers.map((speaker) => (
                <li key={speaker.id}>
                  <span className="font-medium">{speaker.name}</span>: {speaker.role}{' '}
                  <span className="text-slate-600 dark:text-slate-400">
                    (as of {formatDate(speaker.roleAsOf)})
                  </span>
                  {speaker.note && (
                    <span className="block text-slate-700 dark:text-slate-300">{speaker.note}</span>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
