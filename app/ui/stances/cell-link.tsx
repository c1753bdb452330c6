import { formatShortDate } from '@/lib/format/date';
import type { MatrixCell } from '@/lib/stances/matrix-cell';
import {
  basisLabel,
  noPositionLabel,
  noPositionShortLabel,
  stanceLabel,
  stanceShortLabel,
} from '@/lib/stances/scale';
import { StanceBadge } from './stance-badge';

export type CellLinkProps = {
  cell: MatrixCell;
  /** "Party A on Water rights". */
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
  const size = density === 'compact' ? 'short' : 'full';
  const full = position ? stanceLabel[position.stance] : noPositionLabel;
  const short = position ? stanceShortLabel[position.stance] : noPositionShortLabel;
  const dated = position ? `, ${formatShortDate(position.date)}` : '';
  const conflict = cell.conflicting ? ', reports conflict' : '';
  // The accessible name is the link's own text (with words only screen readers need), so what is seen is
  // what is heard: "Party A on Water rights: For (Strongly supports), 4 Dec 2031".
  const spoken = `${name}: ${size === 'short' ? `${short} (${full})` : full}${dated}${conflict}`;
  return (
    <a
      href={href}
      {...(external ? { target: '_blank', rel: 'noopener' } : { 'data-view': '', 'data-cell': spoken })}
      data-summary={position ? `${spoken}. ${position.summary}` : `${spoken}.`}
      title={position?.summary}
      className="block h-full rounded px-0.5 py-0.5 text-slate-900 no-underline hover:bg-slate-100 focus-visible:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:bg-slate-800"
    >
      <span className="sr-only">{name}: </span>
      <span className="flex items-center gap-1">
        <StanceBadge stance={position?.stance} size={size} />
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
      <span className="sr-only">
        {size === 'short' ? ` (${full})` : ''}
        {dated}
        {conflict}
      </span>
      {density === 'comfortable' && position && (
        <span className="mt-1 block text-xs">
          <span className="line-clamp-3">{position.summary}</span>
          <span className="text-slate-700 dark:text-slate-300">
            {basisLabel[position.basis]} · {formatShortDate(position.date)}
            {cell.history.length > 1 && ` · ${cell.history.length} dated stances`}
          </span>
        </span>
      )}
    </a>
  );
}
