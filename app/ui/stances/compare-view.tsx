import { memo } from 'react';
import { maxDistance } from '@/lib/stances/compare';
import type { MatrixModel } from '@/lib/stances/matrix-model';
import { cellKey } from '@/lib/stances/position-at';
import { AgreementHeatmap } from './agreement-heatmap';
import { agreementText } from './agreement-styles';
import { StanceBadge } from './stance-badge';

export type CompareViewProps = { model: MatrixModel; onOpen: (party: string, issue: string) => void };

/** Side by side: each issue's stances for the chosen parties, whether they agree, and how far apart they are. */
export const CompareView = memo(function CompareView({ model, onOpen }: CompareViewProps) {
  if (model.parties.length < 2) {
    return (
      <p className="rounded border border-slate-300 p-4 dark:border-slate-700">
        Choose two or more parties to compare them.
      </p>
    );
  }
  return (
    <div className="space-y-8">
      <div className="relative max-w-full overflow-x-auto rounded border border-slate-300 dark:border-slate-700">
        <table className="min-w-full border-collapse text-sm">
          <caption className="p-2 text-left font-semibold">
            Issue by issue: {model.parties.map((p) => p.shortName).join(', ')}
          </caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="sticky left-0 bg-white p-2 text-left dark:bg-slate-950">
                Issue
              </th>
              <th scope="col" className="p-2 text-left">
                Agreement
              </th>
              {model.parties.map((party) => (
                <th key={party.id} scope="col" className="p-2 text-left">
                  {party.shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.issues.map((issue) => {
              const comparison = model.comparisons.get(issue.id);
              if (!comparison) return null;
              const level = agreementText[comparison.level];
              return (
                <tr key={issue.id} className="border-b border-slate-200 align-top dark:border-slate-800">
                  <th scope="row" className="sticky left-0 bg-white p-2 text-left dark:bg-slate-950">
                    {issue.title}
                  </th>
                  <td className="p-2">
                    <span
                      className={`inline-flex items-center gap-1 rounded border-2 px-1.5 font-semibold ${level.classes}`}
                    >
                      <span aria-hidden="true">{level.symbol}</span> {level.label}
                    </span>
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {comparison.distance === null
                        ? `${comparison.known} of ${comparison.total} parties known`
                        : `${comparison.distance} of ${maxDistance} steps apart; ${comparison.known} of ${comparison.total} known`}
                    </span>
                  </td>
                  {model.parties.map((party) => {
                    const cell = model.cells.get(cellKey(party.id, issue.id));
                    return (
                      <td key={party.id} className="p-2">
                        <button
                          type="button"
                          onClick={() => onOpen(party.id, issue.id)}
                          className="rounded p-0.5 hover:bg-slate-100 dark:hover:bg-slate-800"
                        >
                          <span className="sr-only">
                            {party.shortName} on {issue.title}:{' '}
                          </span>
                          <StanceBadge stance={cell?.position?.stance} />
                        </button>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <AgreementHeatmap model={model} />
    </div>
  );
});
