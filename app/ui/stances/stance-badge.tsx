import type { Stance } from '@/lib/schemas/closed-sets';
import {
  noPositionLabel,
  noPositionShortLabel,
  noPositionSymbol,
  stanceLabel,
  stanceShortLabel,
  stanceSymbol,
} from '@/lib/stances/scale';

/** Complete class strings, so Tailwind sees every one; the colours are the palette's CSS variables. */
export const stanceClasses: Record<Stance, string> = {
  'strongly-opposes':
    'bg-(--stance-strongly-opposes) text-(--stance-strongly-opposes-text) border-(--stance-strongly-opposes)',
  opposes: 'bg-(--stance-opposes) text-(--stance-opposes-text) border-(--stance-opposes)',
  mixed: 'bg-(--stance-mixed) text-(--stance-mixed-text) border-(--stance-mixed)',
  supports: 'bg-(--stance-supports) text-(--stance-supports-text) border-(--stance-supports)',
  'strongly-supports':
    'bg-(--stance-strongly-supports) text-(--stance-strongly-supports-text) border-(--stance-strongly-supports)',
};

export const noPositionClasses =
  'border-dashed border-slate-500 bg-transparent text-slate-700 italic dark:border-slate-400 dark:text-slate-300';

export type StanceBadgeProps = {
  stance: Stance | undefined;
  /** short: the symbol and a word; full: the symbol and the scale's label. */
  size?: 'short' | 'full';
};

/** A stance as colour, symbol and words together; "no statement" is dashed and uncoloured. */
export function StanceBadge({ stance, size = 'full' }: StanceBadgeProps) {
  const classes = stance ? stanceClasses[stance] : noPositionClasses;
  const label = stance
    ? (size === 'short' ? stanceShortLabel : stanceLabel)[stance]
    : size === 'short'
      ? noPositionShortLabel
      : noPositionLabel;
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1 py-px font-semibold ${size === 'short' ? 'text-[11px] leading-tight' : 'text-xs'} ${stance || size !== 'short' ? 'whitespace-nowrap' : ''} ${classes}`}
    >
      <span aria-hidden="true" className="font-mono">
        {stance ? stanceSymbol[stance] : noPositionSymbol}
      </span>
      <span>{label}</span>
    </span>
  );
}
