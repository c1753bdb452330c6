/** Square metres in one international square mile: (1,609.344 m)², exact by definition. */
export const SQ_M_PER_SQ_MI = 2_589_988.110336;
export const SQ_M_PER_KM2 = 1_000_000;

export const areaUnits = ['km2', 'sqmi'] as const;
export type AreaUnit = (typeof areaUnits)[number];

export const areaUnitLabels: Record<AreaUnit, string> = { km2: 'km²', sqmi: 'sq mi' };

export function m2ToKm2(m2: number): number {
  return m2 / SQ_M_PER_KM2;
}

export function km2ToSqMi(km2: number): number {
  return (km2 * SQ_M_PER_KM2) / SQ_M_PER_SQ_MI;
}

export function km2ToUnit(km2: number, unit: AreaUnit): number {
  return unit === 'km2' ? km2 : km2ToSqMi(km2);
}
