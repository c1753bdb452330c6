import type { Stance } from '@/lib/schemas/closed-sets';
import { stancePalette } from '@/lib/stances/palette';
import { noPositionShortLabel, stanceAsciiSymbol, stanceLabel, stanceShortLabel } from '@/lib/stances/scale';

export type OgStanceProps = {
  stance: Stance | undefined;
  width: number;
  height: number;
  /** short: the grid's one word; full: the scale's label. */
  size: 'short' | 'full';
  /** The open cell is framed. */
  framed?: boolean;
  marginRight?: number;
};

/**
 * A stance as the preview images draw it: its colour, its symbol and its words; no statement is dashed, never a
 * colour, and smaller on one line so that it stays in its box.
 */
export function OgStance({ stance, width, height, size, framed = false, marginRight = 0 }: OgStanceProps) {
  const colours = stance ? stancePalette[stance] : undefined;
  const label = size === 'short' ? stanceShortLabel : stanceLabel;
  return (
    <div
      style={{
        display: 'flex',
        width,
        height,
        marginRight,
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: stance ? 20 : size === 'short' ? 16 : 18,
        fontWeight: stance ? 700 : 400,
        whiteSpace: 'nowrap',
        background: colours ? colours.fill : '#ffffff',
        color: colours ? colours.text : '#475569',
        border: framed ? '5px solid #0f172a' : colours ? 'none' : '2px dashed #64748b',
        borderRadius: 6,
      }}
    >
      {stance ? `${stanceAsciiSymbol[stance]} ${label[stance]}` : noPositionShortLabel}
    </div>
  );
}
