/** Values from a million up are written short, with one decimal of mantissa: "-1.1e307". */
const LARGE = 1e6;

function fits(v: number): boolean {
  return Math.abs(v) < LARGE;
}

/**
 * A value too large (or not finite) for two decimals in a cell: never "Infinity", "NaN" or
 * a 300-digit string. A weight of 1e308 gives cells of -1.1e307; a sum that overflows the
 * double range is drawn as its sign and "∞"; a value that is not a number as "–".
 */
function compact(v: number): string {
  if (Number.isNaN(v)) return '–';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '-∞';
  return v.toExponential(1).replace('e+', 'e');
}

/** Rounds half to even, as numpy's rint does (2.5 -> 2, 3.5 -> 4). */
function rint(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d !== 0.5) return Math.round(x);
  return f % 2 === 0 ? f : f + 1;
}

/**
 * A value as the seed prints it: np.around(x, 2), which is rint(x * 100) / 100 (so an exact
 * tie such as 0.125 goes to the even 0.12), with two decimals and never "-0.00".
 */
export function formatValue(v: number): string {
  if (!fits(v)) return compact(v);
  const s = (rint(v * 100) / 100).toFixed(2);
  return s === '-0.00' ? '0.00' : s;
}

/** An input pixel or a kernel weight: whole numbers without decimals, others with two. */
export function formatWeight(v: number): string {
  if (!fits(v)) return compact(v);
  if (Number.isInteger(v)) return v > 0 ? `+${v}` : String(v);
  return formatValue(v);
}

/** A legend tick: whole numbers bare ("-1", "0"), others with two decimals. */
export function formatTick(v: number): string {
  if (!fits(v)) return compact(v);
  return Number.isInteger(v) ? String(v + 0) : formatValue(v);
}

/**
 * A probability or a gradient that may be tiny: two decimals, or three significant digits
 * when two decimals would round a non-zero value to 0.00 ("0.000470", never "0.00").
 */
export function formatSmall(v: number): string {
  if (!fits(v)) return compact(v);
  if (v !== 0 && Math.abs(v) < 0.005) return v.toPrecision(3);
  return formatValue(v);
}
