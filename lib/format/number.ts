const cache = new Map<string, Intl.NumberFormat>();

function formatter(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

/** A number with thousands separators and a fixed number of decimals ("119,935.5"). */
export function formatNumber(value: number, decimals = 0): string {
  return formatter(decimals, decimals).format(value);
}

/** A number exactly as published: its own decimals, never padded or rounded ("19.3", "701"). */
export function formatPublished(value: number): string {
  return formatter(0, 10).format(value);
}

/** A signed change ("+595.7", "−12.0"), with a true minus sign. */
export function formatSigned(value: number, decimals = 1): string {
  const text = formatNumber(Math.abs(value), decimals);
  return value < 0 ? `−${text}` : `+${text}`;
}
