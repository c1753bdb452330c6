import type { CSSProperties } from 'react';

/**
 * One colour per series, by its place among all series: Okabe–Ito hues, darkened for a white page and lightened
 * for a dark one, so every bar and line keeps at least 3:1 against the background in both schemes (the lowest
 * here is 4.9:1 on white and 8.4:1 on slate-950). Legends always name the series beside its colour.
 */
const seriesPalette = [
  { light: '#0072B2', dark: '#56B4E9' },
  { light: '#B35806', dark: '#E69F00' },
  { light: '#007A5E', dark: '#2EC4A0' },
  { light: '#A84A86', dark: '#E08DC0' },
  { light: '#5E5ABA', dark: '#A3A0F0' },
  { light: '#8A6D00', dark: '#F0E442' },
] as const;

/** The CSS value that draws series `index`: a variable that follows the reader's colour scheme. */
export function seriesColor(index: number): string {
  return `var(--series-${index % seriesPalette.length})`;
}

/**
 * The variables behind `seriesColor`, to set on the element that holds the charts. React's style type lists only
 * standard properties; custom properties are valid CSS, and React sets them as given.
 */
export function seriesColorVariables(): CSSProperties {
  return Object.fromEntries(
    seriesPalette.map((c, i) => [`--series-${i}`, `light-dark(${c.light}, ${c.dark})`]),
  ) as CSSProperties;
}

/** The light colour of series `index`, for images drawn on white (previews). */
export function seriesLightColor(index: number): string {
  return seriesPalette[index % seriesPalette.length]?.light ?? seriesPalette[0].light;
}
