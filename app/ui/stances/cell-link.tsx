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
  const compact = density === 'compact';
  const full = position ? stanceLabel[position.stance] : noPositionLabel;
  const short = position ? stanceShortLabel[position.stance] : noPositionShortLabel;
  const dated = position ? `, ${formatShortDate(position.date)}` : '';
  const conflict = cell.conflicting ? ', reports conflict' : '';
  // The spoken name holds the words on screen ("For"), so what is seen is what is heard:
  // "Party A on Water rights: For (Strongly supports), 4 Dec 2031".
  const spoken = `${name}: ${compact ? `${short} (${full})` : full}${dated}${conflict}`;
  const target = external ? { target: '_blank', rel: 'noopener' } : { 'data-view': '', 'data-cell': name };
  const mark = cell.conflicting && (
    <span aria-hidden="true" title="Reports conflict" className="conflict-mark">
      ⚠
    </span>
  );
  if (compact) {
    return (
      <a href={href} {...target} aria-label={spoken} className="cell-link">
        <StanceBadge stance={position?.stance} size="short" />
        {mark}
      </a>
    );
  }
  return (
    <a
      href={href}
      {...target}
      data-summary={position ? `${spoken}. ${position.summary}` : spoken}
      className="cell-link"
    >
      <span className="sr-only">{name}: </span>
      <StanceBadge stance={position?.stance} />
      {mark}
      <span className="sr-only">
        {dated}
        {conflict}
      </span>
      {position && (
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
