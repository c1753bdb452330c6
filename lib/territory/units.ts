import { formatNumber, formatPublished } from '../format/number';
import type { AreaUnit } from '../schemas/closed-sets';

/** Square metres in one international square mile: (1,609.344 m)², exact by definition. */
const SQ_M_PER_SQ_MI = 2_589_988.110336;
const SQ_M_PER_KM2 = 1_000_000;

export const areaUnitLabels: Record<AreaUnit, string> = { km2: 'km²', sqmi: 'sq mi' };

/** Decimals for a figure we computed ourselves: a tenth of a km², a hundredth of a square mile. */
export const computedDecimals: Record<AreaUnit, number> = { km2: 1, sqmi: 2 };

export function m2ToKm2(m2: number): number {
  return m2 / SQ_M_PER_KM2;
}

export function km2ToSqMi(km2: number): number {
  return (km2 * SQ_M_PER_KM2) / SQ_M_PER_SQ_MI;
}

export function km2ToUnit(km2: number, unit: AreaUnit): number {
  return unit === 'km2' ? km2 : km2ToSqMi(km2);
}

/** A sign for a change: "+", or a true minus; nothing for zero. */
function sign(value: number): string {
  if (value > 0) return '+';
  return value < 0 ? '−' : '';
}

/** A number exactly as its publisher printed it, signed when it is a change that can go either way. */
export function publishedNumber(value: number, signed: boolean): string {
  return `${signed ? sign(value) : value < 0 ? '−' : ''}${formatPublished(Math.abs(value))}`;
}

/** A number we computed, at the unit's fixed precision, signed when it is a change. */
export function computedNumber(value: number, unit: AreaUnit, signed: boolean): string {
  const decimals = computedDecimals[unit];
  // Rounding first, so a tiny negative never prints as "−0.0".
  const rounded = Number(value.toFixed(decimals));
  return `${signed ? sign(rounded) : rounded < 0 ? '−' : ''}${formatNumber(Math.abs(rounded), decimals)}`;
}

/**
 * A published area in the chosen unit. In km² it is the publisher's own number. In miles it is the publisher's
 * own miles where it printed them, else the exact conversion; `exact` is then the conversion, to show beside.
 */
export function publishedArea(
  figure: { km2: number; sqMiPublished?: number | undefined },
  unit: AreaUnit,
  signed: boolean,
): { text: string; value: number; exact: string | undefined } {
  const label = areaUnitLabels[unit];
  if (unit === 'km2')
    return { text: `${publishedNumber(figure.km2, signed)} ${label}`, value: figure.km2, exact: undefined };
  const exact = km2ToSqMi(figure.km2);
  const exactText = `${computedNumber(exact, unit, signed)} ${label}`;
  if (figure.sqMiPublished === undefined) return { text: exactText, value: exact, exact: undefined };
  return {
    text: `${publishedNumber(figure.sqMiPublished, signed)} ${label}`,
    value: exact,
    exact: exactText,
  };
}

/** An area we computed (from km²), in the chosen unit at its fixed precision. */
export function computedArea(km2: number, unit: AreaUnit, signed: boolean): string {
  return `${computedNumber(km2ToUnit(km2, unit), unit, signed)} ${areaUnitLabels[unit]}`;
}
