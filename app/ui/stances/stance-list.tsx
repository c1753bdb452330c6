import { formatDate } from '@/lib/format/date';
import type { MatrixCell } from '@/lib/stances/matrix-cell';
import { basisLabel, noPositionLabel } from '@/lib/stances/scale';
import { ConflictLabel } from './conflict-label';
import { StanceBadge } from './stance-badge';

export type StanceListProps = {
  caption: string;
  rows: { key: string; label: string; cell: MatrixCell | undefined; href: string }[];
};

/** A one-party or one-issue list of stances, server-rendered; each row links to its evidence in the dashboard. */
export function StanceList({ caption, rows }: StanceListProps) {
  return (
    <div className="relative max-w-full overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-slate-700 dark:text-slate-300">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="p-2">
              <span className="sr-only">Row</span>
            </th>
            <th scope="col" className="p-2">
              Stance
            </th>
            <th scope="col" className="p-2">
              Summary
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, cell, href }) => (
            <tr key={key} className="border-b border-slate-200 align-top dark:border-slate-800">
              <th scope="row" className="p-2">
                {label}
              </th>
              <td className="p-2">
                <StanceBadge stance={cell?.position?.stance} />
                {cell?.conflicting && <ConflictLabel />}
              </td>
              <td className="p-2">
                {cell?.position ? (
                  <>
                    {cell.position.summary}{' '}
                    <span className="text-slate-700 dark:text-slate-300">
                      ({basisLabel[cell.position.basis]}, {formatDate(cell.position.date)})
                    </span>{' '}
                    <a href={href}>
                      Evidence<span className="sr-only"> for {label}</span>
                    </a>
                  </>
                ) : (
                  <span className="text-slate-700 dark:text-slate-300">{noPositionLabel}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
