import { formatDate, formatShortDate } from '@/lib/format/date';
import { plural } from '@/lib/format/plural';
import type { CellChange } from '@/lib/stances/diff';
import type { PositionSummary, StanceData } from '@/lib/stances/stance-data';
import { StanceBadge } from './stance-badge';

export type ChangesViewProps = {
  changes: CellChange<PositionSummary>[];
  from: string;
  to: string;
  data: StanceData;
  onOpen: (party: string, issue: string) => void;
};

function Side({ position }: { position: PositionSummary | undefined }) {
  if (!position) return <StanceBadge stance={undefined} />;
  return (
    <div className="space-y-1">
      <StanceBadge stance={position.stance} />
      <p className="text-xs text-slate-600 dark:text-slate-400">{formatShortDate(position.date)}</p>
      <p className="text-xs">{position.summary}</p>
    </div>
  );
}

/** Which cells moved between two dates, from what to what; each opens its evidence and full history. */
export function ChangesView({ changes, from, to, data, onOpen }: ChangesViewProps) {
  const partyName = new Map(data.parties.map((p) => [p.id, p.shortName]));
  const issueTitle = new Map(data.issues.map((i) => [i.id, i.title]));
  return (
    <div className="relative max-w-full overflow-x-auto rounded border border-slate-300 dark:border-slate-700">
      <table className="min-w-full border-collapse text-sm">
        <caption className="p-2 text-left font-semibold">
          {plural(changes.length, 'cell')} changed between {formatDate(from)} and {formatDate(to)}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="p-2 text-left">
              Cell
            </th>
            <th scope="col" className="p-2 text-left">
              On {formatShortDate(from)}
            </th>
            <th scope="col" className="p-2 text-left">
              On {formatShortDate(to)}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => {
            const name = `${partyName.get(change.party) ?? change.party} on ${issueTitle.get(change.issue) ?? change.issue}`;
            return (
              <tr
                key={`${change.party}:${change.issue}`}
                className="border-b border-slate-200 align-top dark:border-slate-800"
              >
                <th scope="row" className="p-2 text-left">
                  {name}
                  <button
                    type="button"
                    onClick={() => onOpen(change.party, change.issue)}
                    className="mt-1 block text-xs font-normal underline"
                  >
                    Evidence and history<span className="sr-only"> of {name}</span>
                  </button>
                </th>
                <td className="w-2/5 p-2">
                  <Side position={change.before} />
                </td>
                <td className="w-2/5 p-2">
                  <Side position={change.after} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
