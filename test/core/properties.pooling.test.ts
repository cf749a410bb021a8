import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { avgPool2d, fromRows, maxPool2d, pad2d, toRows, type Matrix } from '../../src/core';
import { RUNS, value, rowsArb, matrixRows, at } from './propertyArbitraries';

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
