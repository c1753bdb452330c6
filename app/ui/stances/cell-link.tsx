import { formatShortDate } from '@/lib/format/date';
import type { MatrixCell } from '@/lib/stances/matrix-cell';
import { basisLabel, noPositionLabel, stanceLabel } from '@/lib/stances/scale';
import { StanceBadge } from './stance-badge';

export type CellLinkProps = {
  cell: MatrixCell;
  /** "Russia on Donbas withdrawal". */
  name: string;
  /** The view with this cell's evidence open. */
  href: string;
  density: 'compact' | 'comfortable';
  /** In an embed the full view opens on Parley, in a new tab. */
  external?: boolean;
};

/**
 * One stance, as a link to its evidence: a plain GET link without JavaScript, a soft navigation with it. Its
 * accessible name carries the whole stance; compact cells print a short label and keep the summary for focus.
 */
export function CellLink({ cell, name, href, density, external = false }: CellLinkProps) {
  const { position } = cell;
  const stance = position ? stanceLabel[position.stance] : noPositionLabel;
  const dated = position ? `, ${formatShortDate(position.date)}` : '';
  const conflict = cell.conflicting ? ', reports conflict' : '';
  const full = `${name}: ${stance}${dated}${conflict}`;
  return (
    <a
      href={href}
      {...(external ? { target: '_blank', rel: 'noopener' } : { 'data-view': '', 'data-cell': full })}
      data-summary={position ? `${full}. ${position.summary}` : `${full}.`}
      aria-label={full}
      title={position?.summary}
      className="block h-full rounded px-0.5 py-0.5 text-slate-900 no-underline hover:bg-slate-100 focus-visible:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800"
    >
      <span className="flex items-center gap-1">
        <StanceBadge stance={position?.stance} size={density === 'compact' ? 'short' : 'full'} />
        {cell.conflicting && (
          <span
            aria-hidden="true"
            title="Reports conflict"
            className="font-bold text-amber-800 dark:text-amber-300"
          >
            ⚠
          </span>
        )}
      </span>
      {density === 'comfortable' && position && (
        <span className="mt-1 block text-xs">
          <span className="line-clamp-3">{position.summary}</span>
          <span className="text-slate-600 dark:text-slate-400">
            {basisLabel[position.basis]} · {formatShortDate(position.date)}
            {cell.history.length > 1 && ` · ${cell.history.length} dated stances`}
          </span>
        </span>
      )}
    </a>
  );
}
