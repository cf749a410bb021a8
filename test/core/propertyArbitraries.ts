// fast-check arbitraries and a naive reference shared by the property tests.
import fc from 'fast-check';
import { expect } from 'vitest';

export const RUNS = { numRuns: 200 };

export const value = fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });

export function rowsArb(height: number, width: number): fc.Arbitrary<number[][]> {
  return fc.array(fc.array(value, { minLength: width, maxLength: width }), {
    minLength: height,
    maxLength: height,
  });
}

export const matrixRows = fc
  .record({ h: fc.integer({ min: 1, max: 8 }), w: fc.integer({ min: 1, max: 8 }) })
  .chain(({ h, w }) => rowsArb(h, w));

export function at(rows: readonly (readonly number[])[], r: number, c: number): number {
  return rows[r]?.[c] ?? NaN;
}

// A deliberately naive cross-correlation: for every output cell, walk the kernel taps and read
// the input through bounds checks, so padding is implicit zeros. Window origins are counted by
// stepping until the dilated kernel no longer fits (no output-size formula).
export function referenceConv(
  x: number[][],
  k: number[][],
  stride: number,
  padding: number,
  dilation: number,
  bias: number,
  divisor: number,
): number[][] {
  const h = x.length;
  const w = x[0]?.length ?? 0;
  const kh = k.length;
  const kw = k[0]?.length ?? 0;
  const out: number[][] = [];
  for (let top = -padding; top + (kh - 1) * dilation <= h - 1 + padding; top += stride) {
    const row: number[] = [];
    for (let left = -padding; left + (kw - 1) * dilation <= w - 1 + padding; left += stride) {
      let sum = 0;
      for (let i = 0; i < kh; i++) {
        for (let j = 0; j < kw; j++) {
          const r = top + i * dilation;
          const c = left + j * dilation;
          const inside = r >= 0 && r < h && c >= 0 && c < w;
          sum += (inside ? at(x, r, c) : 0) * at(k, i, j);
        }
      }
      row.push(sum / divisor + bias);
    }
    out.push(row);
  }
  return out;
}

// Same shape and every cell within `tolerance`; one expect per matrix keeps 200 runs fast.
export function expectAllClose(actual: number[][], expected: number[][], tolerance: number): void {
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  const far = expected.flatMap((row, r) =>
    row.flatMap((v, c) => {
      const a = at(actual, r, c);
      return Math.abs(a - v) <= tolerance ? [] : [{ r, c, actual: a, expected: v }];
    }),
  );
  expect(far).toEqual([]);
}

export interface ConvCase {
  x: number[][];
  k: number[][];
  stride: number;
  padding: number;
  dilation: number;
}

export function fits(n: number, k: number, padding: number, dilation: number): boolean {
  return (k - 1) * dilation + 1 <= n + 2 * padding;
}

export const convShape = fc
  .record({
    h: fc.integer({ min: 1, max: 7 }),
    w: fc.integer({ min: 1, max: 7 }),
    kh: fc.integer({ min: 1, max: 4 }),
    kw: fc.integer({ min: 1, max: 4 }),
    stride: fc.integer({ min: 1, max: 3 }),
    padding: fc.integer({ min: 0, max: 2 }),
    dilation: fc.integer({ min: 1, max: 3 }),
  })
  .filter((s) => fits(s.h, s.kh, s.padding, s.dilation) && fits(s.w, s.kw, s.padding, s.dilation));

export const convCase: fc.Arbitrary<ConvCase> = convShape.chain((s) =>
  fc.record({
    x: rowsArb(s.h, s.w),
    k: rowsArb(s.kh, s.kw),
    stride: fc.constant(s.stride),
    padding: fc.constant(s.padding),
    dilation: fc.constant(s.dilation),
  }),
);

// 3x3 kernels take conv2d's unrolled path; make sure it is exercised often.
export const conv3x3Case: fc.Arbitrary<ConvCase> = fc
  .record({
    h: fc.integer({ min: 1, max: 7 }),
    w: fc.integer({ min: 1, max: 7 }),
    stride: fc.integer({ min: 1, max: 3 }),
    padding: fc.integer({ min: 0, max: 2 }),
    dilation: fc.integer({ min: 1, max: 2 }),
  })
  .filter((s) => fits(s.h, 3, s.padding, s.dilation) && fits(s.w, 3, s.padding, s.dilation))
  .chain((s) =>
    fc.record({
      x: rowsArb(s.h, s.w),
      k: rowsArb(3, 3),
      stride: fc.constant(s.stride),
      padding: fc.constant(s.padding),
      dilation: fc.constant(s.dilation),
    }),
  );
