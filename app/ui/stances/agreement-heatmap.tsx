import { plural } from '@/lib/format/plural';
import type { AgreementRow } from '@/lib/stances/agreement';
import { agreementShade } from './agreement-styles';

export type AgreementHeatmapProps = { rows: AgreementRow[] };

/** Party × party agreement over the shown issues; every score says how many issues it rests on. */
export function AgreementHeatmap({ rows }: AgreementHeatmapProps) {
  if (rows.length < 2) return null;
  return (
    <div className="relative max-w-full overflow-x-auto rounded border border-slate-300 dark:border-slate-700">
      <table className="border-collapse text-sm">
        <caption className="p-2 text-left">
          <span className="font-semibold">Agreement between parties</span>{' '}
          <span className="text-slate-700 dark:text-slate-300">
            (100 % = the same stance on every issue both have a statement on; 0 % = opposite ends of the
            scale)
          </span>
        </caption>
        <thead>
          <tr>
            <td className="sticky left-0 bg-white dark:bg-slate-950" />
            {rows.map(({ party }) => (
              <th key={party.id} scope="col" className="p-2 text-left">
                {party.shortName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ party, pairs }) => (
            <tr key={party.id}>
              <th scope="row" className="sticky left-0 bg-white p-2 text-left dark:bg-slate-950">
                {party.shortName}
              </th>
              {pairs.map(({ other, agreement }) =>
                other.id === party.id ? (
                  <td key={other.id} className="p-2 text-center text-slate-600 dark:text-slate-400">
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">same party</span>
                  </td>
                ) : (
                  <td
                    key={other.id}
                    className={`min-w-20 border border-white p-2 dark:border-slate-950 ${agreementShade(agreement.score)}`}
                  >
                    <span className="block font-semibold">
                      {agreement.score === null ? 'n/a' : `${agreement.score} %`}
                    </span>
                    <span className="block text-xs">{plural(agreement.sharedIssues, 'issue')}</span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
