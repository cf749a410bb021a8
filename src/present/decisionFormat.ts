import { formatValue } from './format';

/**
 * A power of e in the softmax, short enough for the panel: two decimals from 0.01 up (and
 * the compact form from a million up, as every value), two significant digits below 0.01
 * ("2.1e-9"), so that a small share never reads as 0.00; "0" only for an exact 0.
 */
export function formatExp(v: number): string {
  if (v === 0) return '0';
  if (Number.isFinite(v) && Math.abs(v) < 0.01) return v.toExponential(1).replace('e+', 'e');
  return formatValue(v);
}

/** A score or vote with its sign, for terms of a sum: "+ 2.22", "− 0.82". */
export function signed(v: number): string {
  const text = formatValue(Math.abs(v));
  return v < 0 && text !== '0.00' ? `− ${text}` : `+ ${text}`;
}
