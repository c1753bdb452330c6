import type { Stance } from '@/lib/schemas/closed-sets';
import { noPositionLabel, noPositionShortLabel, stanceLabel, stanceShortLabel } from '@/lib/stances/scale';

export type StanceBadgeProps = {
  stance: Stance | undefined;
  /** short: the symbol and a word; full: the symbol and the scale's label. */
  size?: 'short' | 'full';
};

/**
 * A stance as colour, symbol and words together; "no statement" is dashed and uncoloured. Its look is the
 * `.stance` class in globals.css, which reads the palette's CSS variables and draws the symbol (hidden from
 * screen readers, which read the words).
 */
export function StanceBadge({ stance, size = 'full' }: StanceBadgeProps) {
  const label = stance
    ? (size === 'short' ? stanceShortLabel : stanceLabel)[stance]
    : size === 'short'
      ? noPositionShortLabel
      : noPositionLabel;
  return (
    <span className={size === 'short' ? 'stance short' : 'stance'} data-stance={stance}>
      {label}
    </span>
  );
}
