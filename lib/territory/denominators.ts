/** Ukraine's area as a named denominator, so a share always says what it was divided by. */
export type Denominator = { id: string; km2: number; label: string };

export const economistDenominator: Denominator = {
  id: 'economist-603628',
  km2: 603_628,
  label: "603,628 km², the figure The Economist's series divides by",
};

export const statisticsServiceDenominator: Denominator = {
  id: 'ukrstat-603549',
  km2: 603_549,
  label: '603,549 km², the State Statistics Service of Ukraine',
};

export function sharePercent(areaKm2: number, denominator: Denominator): number {
  return (areaKm2 / denominator.km2) * 100;
}
