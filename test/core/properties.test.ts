import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  avgPool2d,
  conv2d,
  fromRows,
  maxPool2d,
  pad2d,
  relu,
  toRows,
  type Matrix,
} from '../../src/core';

const RUNS = { numRuns: 200 };

const value = fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });

function rowsArb(height: number, width: number): fc.Arbitrary<number[][]> {
  return fc.array(fc.array(value, { minLength: width, maxLength: width }), {
    minLength: height,
    maxLength: height,
  });
}

const matrixRows = fc
  .record({ h: fc.integer({ min: 1, max: 8 }), w: fc.integer({ min: 1, max: 8 }) })
  .chain(({ h, w }) => rowsArb(h, w));

function at(rows: readonly (readonly number[])[], r: number, c: number): number {
  return rows[r]?.[c] ?? NaN;
}

// A deliberately naive cross-correlation: for every output cell, walk the kernel taps and read
// the input through bounds checks, so padding is implicit zeros. Window origins are counted by
// stepping until the dilated kernel no longer fits (no output-size formula).
function referenceConv(
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
function expectAllClose(actual: number[][], expected: number[][], tolerance: number): void {
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  const far = expected.flatMap((row, r) =>
    row.flatMap((v, c) => {
      const a = at(actual, r, c);
      return Math.abs(a - v) <= tolerance ? [] : [{ r, c, actual: a, expected: v }];
    }),
  );
  expect(far).toEqual([]);
}

interface ConvCase {
  x: number[][];
  k: number[][];
  stride: number;
  padding: number;
  dilation: number;
}

function fits(n: number, k: number, padding: number, dilation: number): boolean {
  return (k - 1) * dilation + 1 <= n + 2 * padding;
}

const convShape = fc
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

const convCase: fc.Arbitrary<ConvCase> = convShape.chain((s) =>
  fc.record({
    x: rowsArb(s.h, s.w),
    k: rowsArb(s.kh, s.kw),
    stride: fc.constant(s.stride),
    padding: fc.constant(s.padding),
    dilation: fc.constant(s.dilation),
  }),
);

// 3x3 kernels take conv2d's unrolled path; make sure it is exercised often.
const conv3x3Case: fc.Arbitrary<ConvCase> = fc
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

interface PoolCase {
  rows: number[][];
  size: number;
  stride: number;
  ceilMode: boolean;
}

const poolCase: fc.Arbitrary<PoolCase> = fc
  .record({
    h: fc.integer({ min: 1, max: 8 }),
    w: fc.integer({ min: 1, max: 8 }),
    size: fc.integer({ min: 1, max: 4 }),
    stride: fc.integer({ min: 1, max: 4 }),
    ceilMode: fc.boolean(),
  })
  .filter((s) => s.size <= s.h && s.size <= s.w)
  .chain((s) =>
    fc.record({
      rows: rowsArb(s.h, s.w),
      size: fc.constant(s.size),
      stride: fc.constant(s.stride),
      ceilMode: fc.constant(s.ceilMode),
    }),
  );

// The cells of output (r, c)'s window that exist in the input.
function windowValues(p: PoolCase, r: number, c: number): number[] {
  const values: number[] = [];
  for (let i = r * p.stride; i < r * p.stride + p.size; i++) {
    for (let j = c * p.stride; j < c * p.stride + p.size; j++) {
      if (i < p.rows.length && j < (p.rows[0]?.length ?? 0)) values.push(at(p.rows, i, j));
    }
  }
  return values;
}

describe('pooling properties', () => {
  it('every max-pooled value is in its window and not smaller than any value in it', () => {
    fc.assert(
      fc.property(poolCase, (p) => {
        const out = toRows(maxPool2d(fromRows(p.rows), p));
        // A window always covers at least one real cell (no window starts past the end).
        const wrong = out.flatMap((row, r) =>
          row.flatMap((v, c) => {
            const values = windowValues(p, r, c);
            const ok = values.length > 0 && values.includes(v) && values.every((w) => v >= w);
            return ok ? [] : [{ r, c, v, values }];
          }),
        );
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });

  it('every average-pooled value is the mean of the cells its window covers', () => {
    fc.assert(
      fc.property(poolCase, (p) => {
        const out = toRows(avgPool2d(fromRows(p.rows), p));
        const wrong = out.flatMap((row, r) =>
          row.flatMap((v, c) => {
            const values = windowValues(p, r, c);
            const mean = values.reduce((s, w) => s + w, 0) / values.length;
            return values.length > 0 && Math.abs(v - mean) <= 1e-9 ? [] : [{ r, c, v, mean }];
          }),
        );
        expect(wrong).toEqual([]);
      }),
      RUNS,
    );
  });

  it('floor mode keeps exactly the full windows; ceil mode also the partial ones', () => {
    // Window i (along one axis of length n) starts at i * stride. Floor mode keeps it when it
    // ends inside the input. Ceil mode keeps it when it starts inside the input and the window
    // before it does not already reach the end (PyTorch's rule).
    const kept = (p: PoolCase, n: number, i: number): boolean =>
      p.ceilMode
        ? i * p.stride < n && (i === 0 || (i - 1) * p.stride + p.size < n)
        : i * p.stride + p.size <= n;
    fc.assert(
      fc.property(poolCase, (p) => {
        const out = maxPool2d(fromRows(p.rows), p);
        const axes: [number, number][] = [
          [p.rows.length, out.height],
          [p.rows[0]?.length ?? 0, out.width],
        ];
        for (const [n, count] of axes) {
          for (let i = 0; i < count; i++) expect(kept(p, n, i)).toBe(true);
          expect(kept(p, n, count)).toBe(false);
        }
      }),
      RUNS,
    );
  });
});

describe('pad2d properties', () => {
  it('cropping the padded matrix gives back the input, and the border holds the fill value', () => {
    const side = fc.integer({ min: 0, max: 3 });
    fc.assert(
      fc.property(
        matrixRows,
        fc.record({ top: side, right: side, bottom: side, left: side }),
        value,
        (rows, pad, fill) => {
          const input: Matrix = fromRows(rows);
          const padded = toRows(pad2d(input, pad, fill));
          expect(padded.length).toBe(pad.top + input.height + pad.bottom);
          const cropped = padded
            .slice(pad.top, pad.top + input.height)
            .map((row) => row.slice(pad.left, pad.left + input.width));
          expect(cropped).toEqual(rows);
          expect(padded[0]?.length).toBe(pad.left + input.width + pad.right);
          // === rather than Object.is: a fill of -0 comes out as +0, which is the same number.
          const wrongBorder = padded.flatMap((row, r) =>
            row.flatMap((v, c) => {
              const inside =
                r >= pad.top &&
                r < pad.top + input.height &&
                c >= pad.left &&
                c < pad.left + input.width;
              return inside || v === fill ? [] : [{ r, c, v }];
            }),
          );
          expect(wrongBorder).toEqual([]);
        },
      ),
      RUNS,
    );
  });
});
