import type { IssueRef, PartyRef } from '@/lib/stances/stance-data';
import { issuePath, partyPath } from '@/lib/view/paths';

export type CaseIndexProps = { parties: PartyRef[]; issues: IssueRef[] };

/** Every party and issue of the case, each with a page of its own: who speaks for a party, where all stand on an issue. */
export function CaseIndex({ parties, issues }: CaseIndexProps) {
  return (
    <nav aria-label="Parties and issues" className="space-y-1 text-sm">
      <p>
        <span className="font-semibold">Parties: </span>
        {parties.map((party, i) => (
          <span key={party.id}>
            {i > 0 && ' · '}
            <a href={partyPath(party.id)}>{party.name}</a>
          </span>
        ))}
      </p>
      <p>
        <span className="font-semibold">Issues: </span>
        {issues.map((issue, i) => (
          <span key={issue.id}>
            {i > 0 && ' · '}
            <a href={issuePath(issue.id)}>{issue.title}</a>
          </span>
        ))}
      </p>
    </nav>
  );
}
