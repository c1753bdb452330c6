import type { MatrixModel } from '@/lib/stances/matrix-model';
import { agreementShade } from './agreement-styles';

export type AgreementHeatmapProps = { model: MatrixModel };

/** Party × party agreement over the shown issues; every score says how many issues it rests on. */
export function AgreementHeatmap({ model }: AgreementHeatmapProps) {
  return (
    <div className="relative max-w-full overflow-x-auto rounded border border-slate-300 dark:border-slate-700">
      <table className="border-collapse text-sm">
        <caption className="p-2 text-left">
          <span className="font-semibold">Agreement between parties</span>{' '}
          <span className="text-slate-700 dark:text-slate-300">
            (100 % = same stance on every issue both have stated; 0 % = opposite ends of the scale)
          </span>
        </caption>
        <thead>
          <tr>
            <td className="sticky left-0 bg-white dark:bg-slate-950" />
            {model.parties.map((party) => (
              <th key={party.id} scope="col" className="p-2 text-left">
                {party.shortName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.parties.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="sticky left-0 bg-white p-2 text-left dark:bg-slate-950">
                {a.shortName}
              </th>
              {model.parties.map((b) => {
                const pair = model.agreement.get(`${a.id}|${b.id}`);
                if (a.id === b.id || !pair) {
                  return (
                    <td key={b.id} className="p-2 text-center text-slate-500">
                      <span aria-hidden="true">—</span>
                      <span className="sr-only">same party</span>
                    </td>
                  );
                }
                return (
                  <td
                    key={b.id}
                    className={`min-w-24 border border-white p-2 dark:border-slate-950 ${agreementShade(pair.score)}`}
                  >
                    <span className="block font-semibold">
                      {pair.score === null ? 'n/a' : `${pair.score} %`}
                    </span>
                    <span className="block text-xs">
                      {pair.sharedIssues} {pair.sharedIssues === 1 ? 'issue' : 'issues'}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
