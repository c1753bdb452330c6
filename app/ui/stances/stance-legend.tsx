import { stances } from '@/lib/schemas/closed-sets';
import { noPositionExplanation } from '@/lib/stances/scale';
import { StanceBadge } from './stance-badge';

/**
 * The scale as it appears in the cells, with "no statement in our sources" set apart and explained, and the mark of
 * a cell whose reports conflict.
 */
export function StanceLegend() {
  return (
    <div className="space-y-1 text-sm">
      <ul
        className="flex flex-wrap items-center gap-2"
        aria-label="Stance scale, from strongly against to strongly for"
      >
        {stances.map((stance) => (
          <li key={stance}>
            <StanceBadge stance={stance} />
          </li>
        ))}
        <li>
          <StanceBadge stance={undefined} />
        </li>
      </ul>
      <p className="text-slate-700 dark:text-slate-300">{noPositionExplanation}</p>
      <p className="text-slate-700 dark:text-slate-300">
        <span aria-hidden="true" className="conflict-mark ml-0">
          ⚠
        </span>{' '}
        Reports conflict: reports of this stance disagree, and the cell’s evidence says how.
      </p>
    </div>
  );
}
