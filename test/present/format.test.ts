import { describe, expect, it } from 'vitest';
import { formatSmall, formatTick, formatValue, formatWeight } from '../../src/present/format';

describe('formatValue', () => {
  it('prints two decimals', () => {
    expect(formatValue(1)).toBe('1.00');
    expect(formatValue(-1)).toBe('-1.00');
    expect(formatValue(0)).toBe('0.00');
    expect(formatValue(0.5)).toBe('0.50');
    expect(formatValue(12.3456)).toBe('12.35');
  });

  it('rounds the seed values k/9 to two decimals', () => {
    expect(formatValue(1 / 9)).toBe('0.11');
    expect(formatValue(-1 / 9)).toBe('-0.11');
    expect(formatValue(5 / 9)).toBe('0.56');
    expect(formatValue(7 / 9)).toBe('0.78');
    expect(formatValue(-7 / 9)).toBe('-0.78');
  });

  it('never prints "-0.00": -0 and small negatives that round to zero print "0.00"', () => {
    expect(formatValue(-0)).toBe('0.00');
    expect(formatValue(-0.001)).toBe('0.00');
    expect(formatValue(-0.004)).toBe('0.00');
  });

  it('keeps the minus sign of a negative value that rounds to a non-zero value', () => {
    expect(formatValue(-0.006)).toBe('-0.01');
    expect(formatValue(-0.25)).toBe('-0.25');
  });

  it('prints the float64 value, not its decimal spelling: 1.005 is 1.00499... and prints 1.00', () => {
    expect(formatValue(1.005)).toBe('1.00');
  });

  it('rounds exact ties half to even, as np.around(x, 2) does (0.125 -> 0.12, 0.625 -> 0.62)', () => {
    // format.ts documents np.around(x, 2), which rounds 12.5 hundredths to 12; toFixed rounds
    // ties away from zero. numpy: np.around([0.125, -0.125, 0.625, 0.375], 2)
    // -> [0.12, -0.12, 0.62, 0.38].
    expect(formatValue(0.125)).toBe('0.12');
    expect(formatValue(-0.125)).toBe('-0.12');
    expect(formatValue(0.625)).toBe('0.62');
    expect(formatValue(0.375)).toBe('0.38');
  });
});

describe('formatWeight', () => {
  it('prints whole numbers without decimals and with a sign: +1, -1, 0', () => {
    expect(formatWeight(1)).toBe('+1');
    expect(formatWeight(-1)).toBe('-1');
    expect(formatWeight(0)).toBe('0');
    expect(formatWeight(2)).toBe('+2');
    expect(formatWeight(-3)).toBe('-3');
  });

  it('prints -0 as 0', () => {
    expect(formatWeight(-0)).toBe('0');
  });

  it('prints other values with two decimals, like formatValue', () => {
    expect(formatWeight(0.5)).toBe('0.50');
    expect(formatWeight(-0.25)).toBe('-0.25');
    expect(formatWeight(1 / 3)).toBe('0.33');
    expect(formatWeight(-0.001)).toBe('0.00');
  });
});

describe('values too large to print with two decimals (defects 5 and 9)', () => {
  it('writes a million and more with one decimal of mantissa, never 300 digits', () => {
    expect(formatValue(-1e308 / 9)).toBe('-1.1e307');
    expect(formatValue(1e6)).toBe('1.0e6');
    expect(formatValue(999999.994)).toBe('999999.99');
    expect(formatWeight(1e308)).toBe('1.0e308');
    expect(formatWeight(-1e308)).toBe('-1.0e308');
    expect(formatTick(-1e308)).toBe('-1.0e308');
    expect(formatTick(123456)).toBe('123456');
  });

  it('never writes "Infinity" or "NaN"', () => {
    expect(formatValue(Number.NEGATIVE_INFINITY)).toBe('-∞');
    expect(formatValue(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatValue(Number.NaN)).toBe('–');
    expect(formatWeight(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatTick(Number.NaN)).toBe('–');
    for (const v of [1e300, -1e300, 1e307 * 20, -Number.MAX_VALUE, Number.NaN]) {
      for (const f of [formatValue, formatWeight, formatTick]) {
        expect(f(v)).not.toMatch(/Infinity|NaN/);
        expect(f(v).length).toBeLessThanOrEqual(9);
      }
    }
  });
});

describe('formatSmall', () => {
  it('writes tiny non-zero values with three significant digits instead of 0.00', () => {
    expect(formatSmall(0.00047)).toBe('0.000470');
    expect(formatSmall(-0.0012345)).toBe('-0.00123');
    expect(formatSmall(0)).toBe('0.00');
    expect(formatSmall(0.5)).toBe('0.50');
    expect(formatSmall(3e9)).toBe('3.0e9');
  });
});
