import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conv2d, fromRows, relu, toRows } from '../../src/core';
import {
  RUNS,
  rowsArb,
  matrixRows,
  at,
  referenceConv,
  expectAllClose,
  convCase,
  conv3x3Case,
} from './propertyArbitraries';

describe('conv2d properties', () => {
  it('conv2d matches a naive nested-loop cross-correlation within 1e-9', () => {
    fc.assert(
      fc.property(
        convCase,
        fc.constantFrom(1, 2, 9),
        fc.double({ min: -5, max: 5, noNaN: true }),
        ({ x, k, stride, padding, dilation }, divisor, bias) => {
          const actual = conv2d(fromRows(x), fromRows(k), {
            stride,
            padding,
            dilation,
            bias,
            divisor,
          });
          const expected = referenceConv(x, k, stride, padding, dilation, bias, divisor);
          expectAllClose(toRows(actual), expected, 1e-9);
        },
      ),
      RUNS,
    );
  });

  it('conv2d with a 3x3 kernel matches the naive cross-correlation within 1e-9', () => {
    fc.assert(
      fc.property(conv3x3Case, ({ x, k, stride, padding, dilation }) => {
        const actual = conv2d(fromRows(x), fromRows(k), { stride, padding, dilation });
        const expected = referenceConv(x, k, stride, padding, dilation, 0, 1);
        expectAllClose(toRows(actual), expected, 1e-9);
      }),
      RUNS,
    );
  });

  it('conv2d output has floor((n + 2p - d(k - 1) - 1) / s) + 1 rows and columns', () => {
    fc.assert(
      fc.property(convCase, ({ x, k, stride, padding, dilation }) => {
        const input = fromRows(x);
        const kernel = fromRows(k);
        const out = conv2d(input, kernel, { stride, padding, dilation });
        const size = (n: number, kn: number): number =>
          Math.floor((n + 2 * padding - dilation * (kn - 1) - 1) / stride) + 1;
        expect(out.height).toBe(size(input.height, kernel.height));
        expect(out.width).toBe(size(input.width, kernel.width));
        expect(out.data.length).toBe(out.height * out.width);
      }),
      RUNS,
    );
  });

  it('conv2d is linear in its input: conv(a x + b y) = a conv(x) + b conv(y)', () => {
    const linearCase = convCase.chain((c) =>
      fc.record({
        c: fc.constant(c),
        y: rowsArb(c.x.length, c.x[0]?.length ?? 0),
        a: fc.double({ min: -3, max: 3, noNaN: true }),
        b: fc.double({ min: -3, max: 3, noNaN: true }),
      }),
    );
    fc.assert(
      fc.property(linearCase, ({ c: { x, k, stride, padding, dilation }, y, a, b }) => {
        const options = { stride, padding, dilation, bias: 0 };
        const kernel = fromRows(k);
        const combined = x.map((row, r) => row.map((v, j) => a * v + b * at(y, r, j)));
        const left = toRows(conv2d(fromRows(combined), kernel, options));
        const cx = toRows(conv2d(fromRows(x), kernel, options));
        const cy = toRows(conv2d(fromRows(y), kernel, options));
        const right = cx.map((row, r) => row.map((v, j) => a * v + b * at(cy, r, j)));
        expectAllClose(left, right, 1e-9);
      }),
      RUNS,
    );
  });
});

describe('relu properties', () => {
  it('relu is non-negative, keeps positive values and is idempotent', () => {
    fc.assert(
      fc.property(matrixRows, (rows) => {
        const once = relu(fromRows(rows));
        const twice = relu(once);
        expect(toRows(twice)).toEqual(toRows(once));
        // One expect per matrix, not per cell, to keep 200 runs fast.
        const wrong = toRows(once).flatMap((row, r) =>
          row.flatMap((v, c) => {
            const original = at(rows, r, c);
            return v >= 0 && Object.is(v, original > 0 ? original : 0) ? [] : [[r, c, v]];
          }),
        );
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });
});
