import { dashboardHref } from '@/app/views/dashboard';
import { formatDate, formatShortDate } from '@/lib/format/date';
import { plural } from '@/lib/format/plural';
import { type ChangesModel, noChangesText } from '@/lib/stances/changes';
import type { PositionView, StanceData } from '@/lib/stances/stance-data';
import type { DashboardContext, DashboardView } from '@/lib/view/dashboard';
import { TableKeyboard } from '../view/table-keyboard';
import { StanceBadge } from './stance-badge';

export type ChangesViewProps = {
  changes: ChangesModel;
  data: StanceData;
  view: DashboardView;
  ctx: DashboardContext;
  embedded?: boolean;
};

const changesId = 'changes-table';

/** Which cells moved between two dates, from what to what; each opens its evidence and full history. */
export function ChangesView({ changes, data, view, ctx, embedded = false }: ChangesViewProps) {
  const partyName = new Map(data.parties.map((p) => [p.id, p.shortName]));
  const issueTitle = new Map(data.issues.map((i) => [i.id, i.title]));
  const range = (
    <p className="text-sm">
      From <strong>{formatDate(changes.from)}</strong>
      {changes.fromEvent && ` (${changes.fromEvent.title})`} to <strong>{formatDate(changes.to)}</strong>.{' '}
      {changes.fromIsDefault &&
        'The range opens at the last event before the latest change of stance among the shown cells; choose another start under “Changes since”.'}
    </p>
  );
  if (changes.changes.length === 0) {
    return (
      <div className="space-y-2">
        {range}
        <p role="status" className="rounded border border-slate-300 p-4 dark:border-slate-700">
          {noChangesText}
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      {range}
      <div className="relative max-w-full overflow-x-auto rounded border border-slate-300 dark:border-slate-700">
        <table id={changesId} className="w-full border-collapse text-sm">
          <caption className="p-2 text-left font-semibold">
            <span className="scroll-caption">
              {plural(changes.changes.length, 'stance')} changed between {formatShortDate(changes.from)} and{' '}
              {formatShortDate(changes.to)}
            </span>
          </caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="p-2 text-left">
                Party on issue
              </th>
              <th scope="col" className="p-2 text-left">
                On {formatShortDate(changes.from)}
              </th>
              <th scope="col" className="p-2 text-left">
                On {formatShortDate(changes.to)}
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.changes.map((change) => {
              const name = `${partyName.get(change.party) ?? change.party} on ${issueTitle.get(change.issue) ?? change.issue}`;
              return (
                <tr
                  key={`${change.party}:${change.issue}`}
                  className="border-b border-slate-200 align-top dark:border-slate-800"
                >
                  <th scope="row" className="p-2 text-left">
                    <a
                      href={dashboardHref(
                        { ...view, cell: { party: change.party, issue: change.issue } },
                        ctx,
                      )}
                      {...(embedded
                        ? { target: '_blank', rel: 'noopener' }
                        : { 'data-view': '', 'data-cell': name })}
                    >
                      {name}
                    </a>
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
        <TableKeyboard tableId={changesId} />
      </div>
    </div>
  );
}

function Side({ position }: { position: PositionView | undefined }) {
  if (!position) return <StanceBadge stance={undefined} />;
  return (
    <div className="space-y-1">
      <StanceBadge stance={position.stance} />
      {position.conflict && (
        <span title="Reports conflict" className="conflict-mark">
          ⚠<span className="sr-only"> Reports conflict</span>
        </span>
      )}
      <p className="text-xs text-slate-700 dark:text-slate-300">{formatShortDate(position.date)}</p>
      <p className="text-xs">{position.summary}</p>
    </div>
  );
}
