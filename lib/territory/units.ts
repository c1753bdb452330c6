import { formatNumber, formatPublished } from '../format/number';
import type { AreaUnit } from '../schemas/closed-sets';

/** Square metres in one international square mile: (1,609.344 m)², exact by definition. */
const SQ_M_PER_SQ_MI = 2_589_988.110336;
const SQ_M_PER_KM2 = 1_000_000;

/** Square kilometres in one square mile: the one factor every conversion here uses. */
export const km2PerSqMi = SQ_M_PER_SQ_MI / SQ_M_PER_KM2;

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
 * Half a unit in the last place a number may have been rounded to: 701 → 0.5, 19.3 → 0.05, and a whole number's
 * trailing zeros count as rounding, 580 → 5, 1500 → 50.
 */
function halfLastPlace(value: number): number {
  const decimals = String(value).split('.')[1]?.length;
  if (decimals !== undefined) return 0.5 * 10 ** -decimals;
  const zeros = String(Math.abs(value)).match(/0+$/)?.[0].length ?? 0;
  return value === 0 ? 0.5 : 0.5 * 10 ** zeros;
}

/**
 * Whether a publisher's square miles match its km² within the rounding of both printed numbers. A page whose
 * miles are its km² times 0.62 converted kilometres to miles, not km² to square miles.
 */
export function milesMatch(km2: number, sqMi: number): boolean {
  return Math.abs(km2ToSqMi(km2) - sqMi) <= halfLastPlace(sqMi) + km2ToSqMi(halfLastPlace(km2));
}

/**
 * A published area in the chosen unit. In km² it is the publisher's own number. In miles it is the publisher's
 * own miles where it printed them and they match its km², else the conversion of its km². `converted` is the
 * conversion, to show beside the publisher's miles; `unmatched` the publisher's miles that do not match.
 */
export function publishedArea(
  figure: { km2: number; sqMiPublished?: number | undefined },
  unit: AreaUnit,
  signed: boolean,
): { text: string; value: number; converted: string | undefined; unmatched: string | undefined } {
  const label = areaUnitLabels[unit];
  const miles = figure.sqMiPublished;
  const unmatched =
    miles !== undefined && !milesMatch(figure.km2, miles)
      ? `${publishedNumber(miles, signed)} ${areaUnitLabels.sqmi}`
      : undefined;
  if (unit === 'km2')
    return {
      text: `${publishedNumber(figure.km2, signed)} ${label}`,
      value: figure.km2,
      converted: undefined,
      unmatched,
    };
  const exact = km2ToSqMi(figure.km2);
  const convertedText = `${computedNumber(exact, unit, signed)} ${label}`;
  if (miles === undefined || unmatched)
    return { text: convertedText, value: exact, converted: undefined, unmatched };
  return {
    text: `${publishedNumber(miles, signed)} ${label}`,
    value: exact,
    converted: convertedText,
    unmatched,
  };
}

/** An area we computed (from km²), in the chosen unit at its fixed precision. */
export function computedArea(km2: number, unit: AreaUnit, signed: boolean): string {
  return `${computedNumber(km2ToUnit(km2, unit), unit, signed)} ${areaUnitLabels[unit]}`;
}
