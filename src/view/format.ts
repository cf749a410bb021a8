/** A value as the seed prints it: rounded to 2 decimals (np.around(x, 2)), never "-0.00". */
export function formatValue(v: number): string {
  const s = v.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
}

/** An input pixel or a kernel weight: whole numbers without decimals, others with two. */
export function formatWeight(v: number): string {
  if (Number.isInteger(v)) return v > 0 ? `+${v}` : String(v);
  return formatValue(v);
}
