import { describe, expect, it } from 'vitest';
import { conv2d, fromRows, toRows } from '../../src/core';

// x[r][c] = width * r + c + 1: each cell is distinct and the row step differs from the column
// step, so mixing up rows and columns changes the numbers.
import { counting } from './conv2dFixtures';

describe('conv2d argument checks', () => {
  const input = counting(4, 4);
  const k = fromRows([
    [1, 0],
    [0, 1],
  ]);

  it.each([0, 1.5, -1])('rejects stride %s with a RangeError naming the stride', (stride) => {
    expect(() => conv2d(input, k, { stride })).toThrow(RangeError);
    expect(() => conv2d(input, k, { stride })).toThrow(
      new RegExp(`conv2d: stride must be a positive integer, got ${stride}`),
    );
  });

  it.each([-1, 0.5])('rejects padding %s with a RangeError naming the padding', (padding) => {
    expect(() => conv2d(input, k, { padding })).toThrow(RangeError);
    expect(() => conv2d(input, k, { padding })).toThrow(
      new RegExp(`conv2d: padding must be a non-negative integer, got ${padding}`),
    );
  });

  it('rejects dilation 0 with a RangeError naming the dilation', () => {
    expect(() => conv2d(input, k, { dilation: 0 })).toThrow(RangeError);
    expect(() => conv2d(input, k, { dilation: 0 })).toThrow(
      /conv2d: dilation must be a positive integer, got 0/,
    );
  });

  it('rejects divisor 0 with a RangeError naming the divisor', () => {
    expect(() => conv2d(input, k, { divisor: 0 })).toThrow(RangeError);
    expect(() => conv2d(input, k, { divisor: 0 })).toThrow(/conv2d: divisor must not be 0, got 0/);
  });

  it('rejects divisor NaN with a RangeError naming the divisor', () => {
    expect(() => conv2d(input, k, { divisor: NaN })).toThrow(RangeError);
    expect(() => conv2d(input, k, { divisor: NaN })).toThrow(
      /conv2d: divisor must be a finite number, got NaN/,
    );
  });

  it('rejects bias Infinity with a RangeError naming the bias', () => {
    expect(() => conv2d(input, k, { bias: Infinity })).toThrow(RangeError);
    expect(() => conv2d(input, k, { bias: Infinity })).toThrow(
      /conv2d: bias must be a finite number, got Infinity/,
    );
  });

  it('rejects a kernel larger than the input and names both sizes', () => {
    const small = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const ones3 = fromRows([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(() => conv2d(small, ones3)).toThrow(RangeError);
    expect(() => conv2d(small, ones3)).toThrow(
      /kernel 3x3 \(after dilation 1\) is larger than the padded input 2x2 \(padding 0\)/,
    );
  });

  it('accepts the same kernel once padding 1 makes the input large enough', () => {
    // padded 4x4 with the input in its centre; every 3x3 window covers all four cells: 10
    const small = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const ones3 = fromRows([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(toRows(conv2d(small, ones3, { padding: 1 }))).toEqual([
      [10, 10],
      [10, 10],
    ]);
  });

  it('rejects a kernel that only dilation makes larger than the input', () => {
    const ones3 = fromRows([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(() => conv2d(input, ones3, { dilation: 2 })).toThrow(
      /kernel 5x5 \(after dilation 2\) is larger than the padded input 4x4 \(padding 0\)/,
    );
  });

  it('rejects a kernel larger than the input along one axis only', () => {
    expect(() => conv2d(counting(4, 2), fromRows([[1, 1, 1]]))).toThrow(
      /kernel 1x3 \(after dilation 1\) is larger than the padded input 4x2/,
    );
  });
});
