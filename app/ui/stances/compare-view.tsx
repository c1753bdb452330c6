import { dashboardHref } from '@/app/views/dashboard';
import type { AgreementRow } from '@/lib/stances/agreement';
import { describeComparison } from '@/lib/stances/compare';
import type { MatrixModel } from '@/lib/stances/matrix-model';
import { cellKey } from '@/lib/stances/position-at';
import type { DashboardContext, DashboardView } from '@/lib/view/dashboard';
import { TableKeyboard } from '../view/table-keyboard';
import { AgreementHeatmap } from './agreement-heatmap';
import { agreementText } from './agreement-styles';
import { CellLink } from './cell-link';

export type CompareViewProps = {
  agreement: AgreementRow[];
  model: MatrixModel;
  view: DashboardView;
  ctx: DashboardContext;
  embedded?: boolean;
};

const compareId = 'compare-table';

/**
 * The chosen parties side by side on each issue: whether they agree, how far apart they are and how many of them
 * are known. A table on wide screens; on a phone, one card per issue with the parties' stances in a row.
 */
export function CompareView({ model, agreement, view, ctx, embedded = false }: CompareViewProps) {
  if (model.parties.length < 2 || model.issues.length === 0) {
    return (
      <p role="status" className="rounded border border-slate-300 p-4 dark:border-slate-700">
        {model.parties.length < 2
          ? 'Choose two or more parties to compare them.'
          : 'No issues match this view.'}
      </p>
    );
  }
  const names = model.parties.map((p) => p.shortName).join(', ');
  // One cell's link, the same in the wide table and in the phone's cards.
  const cellLink = (party: { id: string; shortName: string }, issue: { id: string; title: string }) => {
    const cell = model.cells.get(cellKey(party.id, issue.id));
    return (
      cell && (
        <CellLink
          cell={cell}
          name={`${party.shortName} on ${issue.title}`}
          href={dashboardHref({ ...view, cell: { party: party.id, issue: issue.id } }, ctx)}
          density="compact"
          external={embedded}
        />
      )
    );
  };
  return (
    <div className="space-y-6">
      <div className="relative hidden max-w-full overflow-x-auto rounded border border-slate-300 md:block dark:border-slate-700">
        <table id={compareId} className="w-full border-collapse text-sm">
          <caption className="p-2 text-left font-semibold">Issue by issue: {names}</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="p-2 text-left">
                Issue
              </th>
              <th scope="col" className="p-2 text-left">
                Agreement
              </th>
              {model.parties.map((party) => (
                <th key={party.id} scope="col" className="p-2 text-left" title={party.name}>
                  {party.shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.issues.map((issue) => {
              const comparison = model.comparisons.get(issue.id);
              return (
                <tr key={issue.id} className="border-b border-slate-200 align-top dark:border-slate-800">
                  <th scope="row" className="p-2 text-left" title={issue.proposition}>
                    {issue.title}
                  </th>
                  <td className="p-2">{comparison && <Agreement comparison={comparison} />}</td>
                  {model.parties.map((party) => (
                    <td key={party.id} className="p-0.5">
                      {cellLink(party, issue)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        <TableKeyboard tableId={compareId} />
      </div>
      <ul aria-label={`Issue by issue: ${names}`} className="space-y-3 md:hidden">
        {model.issues.map((issue) => {
          const comparison = model.comparisons.get(issue.id);
          return (
            <li key={issue.id} className="rounded border border-slate-300 p-2 dark:border-slate-700">
              <h2 className="font-semibold">{issue.title}</h2>
              {comparison && <Agreement comparison={comparison} />}
              <ul className="mt-2 grid grid-cols-2 gap-1 min-[380px]:grid-cols-[repeat(auto-fit,minmax(5.5rem,1fr))]">
                {model.parties.map((party) => (
                  <li key={party.id} className="min-w-0 text-xs">
                    <span className="block truncate font-semibold">{party.shortName}</span>
                    {cellLink(party, issue)}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
      <AgreementHeatmap rows={agreement} />
    </div>
  );
}

function Agreement({ comparison }: { comparison: Parameters<typeof describeComparison>[0] }) {
  const { label, detail } = describeComparison(comparison);
  const style = agreementText[comparison.level];
  return (
    <span className="block">
      <span
        className={`inline-flex items-center gap-1 rounded border-2 px-1.5 text-xs font-semibold ${style.classes}`}
      >
        <span aria-hidden="true">{style.symbol}</span> {label}
      </span>
      <span className="block text-xs text-slate-700 dark:text-slate-300">{detail}</span>
    </span>
  );
}
