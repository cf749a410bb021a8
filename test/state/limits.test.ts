import { describe, expect, it } from 'vitest';
import {
  createMatrix,
  SEED_CONFIG,
  SEED_KERNELS,
  SEED_X,
  type ConvSettings,
  type Matrix,
  type PoolSettings,
} from '../../src/core';
import { inRange, LIMITS, validConv, validInput, validKernel, validPool } from '../../src/state';

const conv = (over: Partial<Record<keyof ConvSettings, unknown>>): ConvSettings =>
  ({ ...SEED_CONFIG.conv, ...over }) as ConvSettings;

const pool = (over: Partial<Record<keyof PoolSettings, unknown>>): PoolSettings =>
  ({ ...SEED_CONFIG.pool, ...over }) as PoolSettings;

/** A matrix with a data array of any length, to build shapes that do not match their data. */
function raw(height: number, width: number, data: readonly number[]): Matrix {
  return { height, width, data: Float64Array.from(data) };
}

describe('LIMITS', () => {
  it('offers 3..64 grid sides, 1..8 kernels of 1..5 cells a side and the settings ranges', () => {
    expect(LIMITS).toEqual({
      grid: [3, 64],
      kernels: [1, 8],
      kernelSize: [1, 5],
      convStride: [1, 3],
      padding: [0, 2],
      dilation: [1, 2],
      poolSize: [1, 3],
      poolStride: [1, 3],
    });
  });
});

describe('inRange', () => {
  it('accepts both ends of the range and the integers between them', () => {
    expect(inRange(3, [3, 64])).toBe(true);
    expect(inRange(4, [3, 64])).toBe(true);
    expect(inRange(63, [3, 64])).toBe(true);
    expect(inRange(64, [3, 64])).toBe(true);
  });

  it('refuses the integers just outside either end', () => {
    expect(inRange(2, [3, 64])).toBe(false);
    expect(inRange(65, [3, 64])).toBe(false);
    expect(inRange(-1, [0, 2])).toBe(false);
    expect(inRange(3, [0, 2])).toBe(false);
  });

  it('refuses a non-integer even when it lies inside the range', () => {
    expect(inRange(3.5, [3, 64])).toBe(false);
    expect(inRange(1.0000001, [1, 3])).toBe(false);
  });

  it('refuses NaN and the infinities', () => {
    expect(inRange(Number.NaN, [0, 2])).toBe(false);
    expect(inRange(Number.POSITIVE_INFINITY, [0, 2])).toBe(false);
    expect(inRange(Number.NEGATIVE_INFINITY, [0, 2])).toBe(false);
  });

  it('accepts a one-value range only at that value', () => {
    expect(inRange(2, [2, 2])).toBe(true);
    expect(inRange(1, [2, 2])).toBe(false);
    expect(inRange(3, [2, 2])).toBe(false);
  });

  it('counts -0 as the integer 0', () => {
    expect(inRange(-0, [0, 2])).toBe(true);
  });
});

describe('validConv', () => {
  it("accepts the seed's convolution settings", () => {
    expect(validConv(SEED_CONFIG.conv)).toBe(true);
  });

  it('accepts a stride of 1 and 3 and refuses 0, 4 and 1.5', () => {
    expect(validConv(conv({ stride: 1 }))).toBe(true);
    expect(validConv(conv({ stride: 3 }))).toBe(true);
    expect(validConv(conv({ stride: 0 }))).toBe(false);
    expect(validConv(conv({ stride: 4 }))).toBe(false);
    expect(validConv(conv({ stride: 1.5 }))).toBe(false);
  });

  it('accepts a padding of 0 and 2 and refuses -1, 3 and 0.5', () => {
    expect(validConv(conv({ padding: 0 }))).toBe(true);
    expect(validConv(conv({ padding: 2 }))).toBe(true);
    expect(validConv(conv({ padding: -1 }))).toBe(false);
    expect(validConv(conv({ padding: 3 }))).toBe(false);
    expect(validConv(conv({ padding: 0.5 }))).toBe(false);
  });

  it('accepts a dilation of 1 and 2 and refuses 0, 3 and 1.5', () => {
    expect(validConv(conv({ dilation: 1 }))).toBe(true);
    expect(validConv(conv({ dilation: 2 }))).toBe(true);
    expect(validConv(conv({ dilation: 0 }))).toBe(false);
    expect(validConv(conv({ dilation: 3 }))).toBe(false);
    expect(validConv(conv({ dilation: 1.5 }))).toBe(false);
  });

  it('accepts any finite bias and refuses NaN and the infinities', () => {
    for (const bias of [0, -0.25, 1e300, -1e300, Number.MIN_VALUE]) {
      expect(validConv(conv({ bias }))).toBe(true);
    }
    for (const bias of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(validConv(conv({ bias }))).toBe(false);
    }
  });

  it('accepts normalize true or false and refuses anything that is not a boolean', () => {
    expect(validConv(conv({ normalize: true }))).toBe(true);
    expect(validConv(conv({ normalize: false }))).toBe(true);
    expect(validConv(conv({ normalize: 1 }))).toBe(false);
    expect(validConv(conv({ normalize: 'true' }))).toBe(false);
    expect(validConv(conv({ normalize: undefined }))).toBe(false);
  });

  it('refuses settings with a field missing', () => {
    expect(validConv(conv({ stride: undefined }))).toBe(false);
    expect(validConv(conv({ bias: undefined }))).toBe(false);
  });
});

describe('validPool', () => {
  it("accepts the seed's pooling settings", () => {
    expect(validPool(SEED_CONFIG.pool)).toBe(true);
  });

  it("accepts the kinds 'max' and 'avg' and refuses 'min' and ''", () => {
    expect(validPool(pool({ kind: 'max' }))).toBe(true);
    expect(validPool(pool({ kind: 'avg' }))).toBe(true);
    expect(validPool(pool({ kind: 'min' }))).toBe(false);
    expect(validPool(pool({ kind: '' }))).toBe(false);
  });

  it('accepts a size of 1 and 3 and refuses 0, 4 and 2.5', () => {
    expect(validPool(pool({ size: 1 }))).toBe(true);
    expect(validPool(pool({ size: 3 }))).toBe(true);
    expect(validPool(pool({ size: 0 }))).toBe(false);
    expect(validPool(pool({ size: 4 }))).toBe(false);
    expect(validPool(pool({ size: 2.5 }))).toBe(false);
  });

  it('accepts a stride of 1 and 3 and refuses 0, 4 and NaN', () => {
    expect(validPool(pool({ stride: 1 }))).toBe(true);
    expect(validPool(pool({ stride: 3 }))).toBe(true);
    expect(validPool(pool({ stride: 0 }))).toBe(false);
    expect(validPool(pool({ stride: 4 }))).toBe(false);
    expect(validPool(pool({ stride: Number.NaN }))).toBe(false);
  });

  it("accepts the edges 'pad', 'drop' and 'ceil' and refuses 'wrap' and 'floor'", () => {
    expect(validPool(pool({ edge: 'pad' }))).toBe(true);
    expect(validPool(pool({ edge: 'drop' }))).toBe(true);
    expect(validPool(pool({ edge: 'ceil' }))).toBe(true);
    expect(validPool(pool({ edge: 'wrap' }))).toBe(false);
    expect(validPool(pool({ edge: 'floor' }))).toBe(false);
  });

  it('accepts a window larger than its stride and a stride larger than its window', () => {
    expect(validPool({ kind: 'avg', size: 3, stride: 1, edge: 'drop' })).toBe(true);
    expect(validPool({ kind: 'max', size: 1, stride: 3, edge: 'ceil' })).toBe(true);
  });
});

describe('validKernel', () => {
  it("accepts the seed's kernels", () => {
    for (const k of SEED_KERNELS) expect(validKernel(k)).toBe(true);
  });

  it('accepts 1x1, 5x5 and the rectangles 1x5 and 5x1', () => {
    expect(validKernel(createMatrix(1, 1, 1))).toBe(true);
    expect(validKernel(createMatrix(5, 5, -1))).toBe(true);
    expect(validKernel(createMatrix(1, 5))).toBe(true);
    expect(validKernel(createMatrix(5, 1))).toBe(true);
  });

  it('refuses a side of 0 or 6', () => {
    expect(validKernel(createMatrix(0, 3))).toBe(false);
    expect(validKernel(createMatrix(3, 0))).toBe(false);
    expect(validKernel(createMatrix(6, 6))).toBe(false);
    expect(validKernel(createMatrix(3, 6))).toBe(false);
    expect(validKernel(createMatrix(6, 1))).toBe(false);
  });

  it('refuses a non-integer side', () => {
    // 1.5 x 2 = 3 values: the data length matches, only the side is wrong.
    expect(validKernel(raw(1.5, 2, [0, 0, 0]))).toBe(false);
  });

  it('refuses data shorter or longer than height x width', () => {
    expect(validKernel(raw(2, 2, [1, 1, 1]))).toBe(false);
    expect(validKernel(raw(2, 2, [1, 1, 1, 1, 1]))).toBe(false);
    expect(validKernel(raw(2, 2, [1, 1, 1, 1]))).toBe(true);
  });

  it('accepts any finite weight, however large, and refuses NaN and the infinities', () => {
    expect(validKernel(raw(1, 3, [1e300, -1e300, 0.125]))).toBe(true);
    expect(validKernel(raw(1, 3, [0, Number.NaN, 0]))).toBe(false);
    expect(validKernel(raw(1, 3, [0, 0, Number.POSITIVE_INFINITY]))).toBe(false);
    expect(validKernel(raw(1, 3, [Number.NEGATIVE_INFINITY, 0, 0]))).toBe(false);
  });
});

describe('validInput', () => {
  it('accepts the seed X', () => {
    expect(validInput(SEED_X)).toBe(true);
  });

  it('accepts 3x3, 64x64 and the rectangles 3x64 and 64x3', () => {
    expect(validInput(createMatrix(3, 3, -1))).toBe(true);
    expect(validInput(createMatrix(64, 64, 1))).toBe(true);
    expect(validInput(createMatrix(3, 64))).toBe(true);
    expect(validInput(createMatrix(64, 3))).toBe(true);
  });

  it('refuses a side of 2 or 65', () => {
    expect(validInput(createMatrix(2, 2))).toBe(false);
    expect(validInput(createMatrix(2, 9))).toBe(false);
    expect(validInput(createMatrix(9, 2))).toBe(false);
    expect(validInput(createMatrix(65, 3))).toBe(false);
    expect(validInput(createMatrix(3, 65))).toBe(false);
  });

  it('refuses a non-integer side', () => {
    // 3.5 x 2 = 7 values: the data length matches, only the side is wrong.
    expect(validInput(raw(3.5, 2, new Array<number>(7).fill(0)))).toBe(false);
  });

  it('accepts the values -1, 0 and +1 and anything between', () => {
    expect(validInput(raw(3, 3, [-1, -0.5, 0, 0.25, 1, -0, 0.999, -0.999, 1]))).toBe(true);
  });

  it('refuses a value just above +1 or just below -1', () => {
    const base = new Array<number>(9).fill(0);
    expect(validInput(raw(3, 3, [...base.slice(1), 1.0000001]))).toBe(false);
    expect(validInput(raw(3, 3, [-1.0000001, ...base.slice(1)]))).toBe(false);
    expect(validInput(raw(3, 3, [1.5, ...base.slice(1)]))).toBe(false);
  });

  it('refuses NaN and the infinities', () => {
    const base = new Array<number>(8).fill(0);
    expect(validInput(raw(3, 3, [Number.NaN, ...base]))).toBe(false);
    expect(validInput(raw(3, 3, [...base, Number.POSITIVE_INFINITY]))).toBe(false);
    expect(validInput(raw(3, 3, [Number.NEGATIVE_INFINITY, ...base]))).toBe(false);
  });

  it('refuses data shorter or longer than height x width', () => {
    expect(validInput(raw(3, 3, new Array<number>(8).fill(0)))).toBe(false);
    expect(validInput(raw(3, 3, new Array<number>(10).fill(0)))).toBe(false);
  });
});
