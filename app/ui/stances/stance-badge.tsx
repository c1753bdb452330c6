import type { Stance } from '@/lib/schemas/closed-sets';
import { noPositionLabel, noPositionSymbol, stanceLabel, stanceSymbol } from '@/lib/stances/scale';
import { noPositionClasses, stanceClasses } from './stance-styles';

export type StanceBadgeProps = { stance: Stance | undefined; compact?: boolean };

/** A stance as colour, symbol and words together; "no stated position" is dashed and uncoloured. */
export function StanceBadge({ stance, compact = false }: StanceBadgeProps) {
  const classes = stance ? stanceClasses[stance] : noPositionClasses;
  const label = stance ? stanceLabel[stance] : noPositionLabel;
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-semibold not-italic ${classes}`}
    >
      <span aria-hidden="true" className="whitespace-nowrap font-mono">
        {stance ? stanceSymbol[stance] : noPositionSymbol}
      </span>
      <span className={compact ? 'sr-only' : undefined}>{label}</span>
    </span>
  );
}
