import { describe, expect, it } from 'vitest';
import {
  avgPool2d,
  ceilOutputSize,
  fromRows,
  maxPool2d,
  pool2d,
  toRows,
  type Matrix,
} from '../../src/core';

// x[r][c] = width * r + c + 1
function counting(height: number, width: number): Matrix {
  return fromRows(
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => width * r + c + 1),
    ),
  );
}

const x44 = fromRows([
  [1, 3, 2, 4],
  [5, 7, 6, 8],
  [9, 2, 1, 0],
  [3, 4, 6, 5],
]);

describe('maxPool2d', () => {
  it('maxPool2d keeps the largest value of each window', () => {
    // windows {1,3,5,7} {2,4,6,8} / {9,2,3,4} {1,0,6,5}
    expect(toRows(maxPool2d(x44, { size: 2, stride: 2 }))).toEqual([
      [7, 8],
      [9, 6],
    ]);
  });

  it('uses the window size as the stride when no stride is given', () => {
    expect(toRows(maxPool2d(x44, { size: 2 }))).toEqual([
      [7, 8],
      [9, 6],
    ]);
    // 6x6 with size 3 and no stride: 2x2 non-overlapping windows, maxima at their
    // bottom-right corners x[2][2] = 15, x[2][5] = 18, x[5][2] = 33, x[5][5] = 36
    expect(toRows(maxPool2d(counting(6, 6), { size: 3 }))).toEqual([
      [15, 18],
      [33, 36],
    ]);
  });

  it('drops windows that do not fit by default (floor mode)', () => {
    // 5x5, size 2: windows at rows/columns 0 and 2 only; the last row and column (with the
    // input's maximum 25) are dropped. Maxima x[1][1] = 7, x[1][3] = 9, x[3][1] = 17, x[3][3] = 19
    expect(toRows(maxPool2d(counting(5, 5), { size: 2 }))).toEqual([
      [7, 9],
      [17, 19],
    ]);
  });

  it('slides overlapping windows with stride 1', () => {
    // (0,0) {1,3,5,7}=7  (0,1) {3,2,7,6}=7  (0,2) {2,4,6,8}=8
    // (1,0) {5,7,9,2}=9  (1,1) {7,6,2,1}=7  (1,2) {6,8,1,0}=8
    // (2,0) {9,2,3,4}=9  (2,1) {2,1,4,6}=6  (2,2) {1,0,6,5}=6
    expect(toRows(maxPool2d(x44, { size: 2, stride: 1 }))).toEqual([
      [7, 7, 8],
      [9, 7, 8],
      [9, 6, 6],
    ]);
  });

  it('in ceil mode keeps partial windows, taking the maximum of the cells that exist', () => {
    // 3x3 1..9, size 2: {1,2,4,5}=5  {3,6}=6 / {7,8}=8  {9}=9
    expect(toRows(maxPool2d(counting(3, 3), { size: 2, ceilMode: true }))).toEqual([
      [5, 6],
      [8, 9],
    ]);
  });

  it('in ceil mode does not count missing cells as zeros', () => {
    // {-1,-2,-4,-5} = -1 and {-3,-6} = -3 (a zero for the missing column would give 0)
    const negative = fromRows([
      [-1, -2, -3],
      [-4, -5, -6],
    ]);
    expect(toRows(maxPool2d(negative, { size: 2, ceilMode: true }))).toEqual([[-1, -3]]);
  });

  it('in ceil mode drops a window that would start past the end (PyTorch rule)', () => {
    // n = 6, size 2, stride 3: ceil((6 - 2) / 3) + 1 = 3 windows, but the third starts at 6,
    // past the last cell (5), so there are 2. Windows at 0 and 3 on both axes: maxima
    // x[1][1] = 8, x[1][4] = 11, x[4][1] = 26, x[4][4] = 29.
    expect(ceilOutputSize(6, 2, 3)).toBe(2);
    expect(toRows(maxPool2d(counting(6, 6), { size: 2, stride: 3, ceilMode: true }))).toEqual([
      [8, 11],
      [26, 29],
    ]);
  });

  it('in ceil mode with n = 5, size 2, stride 3 keeps both full windows', () => {
    // windows at 0 and 3 both fit: x[1][1] = 7, x[1][4] = 10, x[4][1] = 22, x[4][4] = 25
    expect(ceilOutputSize(5, 2, 3)).toBe(2);
    expect(toRows(maxPool2d(counting(5, 5), { size: 2, stride: 3, ceilMode: true }))).toEqual([
      [7, 10],
      [22, 25],
    ]);
  });

  it('in ceil mode keeps a window that starts on the last cell', () => {
    // n = 7, size 2, stride 3: windows at 0, 3, 6; the one at 6 holds only the last cell.
    // x = 7r + c + 1, maxima at rows and columns 1, 4 and 6: 9 12 14 / 30 33 35 / 44 47 49
    expect(ceilOutputSize(7, 2, 3)).toBe(3);
    expect(toRows(maxPool2d(counting(7, 7), { size: 2, stride: 3, ceilMode: true }))).toEqual([
      [9, 12, 14],
      [30, 33, 35],
      [44, 47, 49],
    ]);
  });

  it('does not modify its input', () => {
    const input = counting(4, 4);
    maxPool2d(input, { size: 3, stride: 1, ceilMode: true });
    expect(toRows(input)).toEqual(toRows(counting(4, 4)));
  });
});

describe('avgPool2d', () => {
  it('avgPool2d gives the mean of each window', () => {
    // 16/4 = 4, 20/4 = 5, 18/4 = 4.5, 12/4 = 3
    expect(toRows(avgPool2d(x44, { size: 2 }))).toEqual([
      [4, 5],
      [4.5, 3],
    ]);
  });

  it('averages overlapping windows with stride 1', () => {
    // sums 16 18 20 / 23 16 15 / 18 13 12, each divided by 4
    expect(toRows(avgPool2d(x44, { size: 2, stride: 1 }))).toEqual([
      [4, 4.5, 5],
      [5.75, 4, 3.75],
      [4.5, 3.25, 3],
    ]);
  });

  it('drops windows that do not fit by default (floor mode)', () => {
    // 3x3 1..9, size 2: only the top-left window (1 + 2 + 4 + 5) / 4 = 3
    expect(toRows(avgPool2d(counting(3, 3), { size: 2 }))).toEqual([[3]]);
  });

  it('in ceil mode divides a partial window by the number of cells it covers', () => {
    // {1,2,4,5}/4 = 3  {3,6}/2 = 4.5 / {7,8}/2 = 7.5  {9}/1 = 9
    expect(toRows(avgPool2d(counting(3, 3), { size: 2, ceilMode: true }))).toEqual([
      [3, 4.5],
      [7.5, 9],
    ]);
  });

  it('in ceil mode averages negative partial windows without zeros', () => {
    // (-1 - 2 - 4 - 5) / 4 = -3 and (-3 - 6) / 2 = -4.5
    const negative = fromRows([
      [-1, -2, -3],
      [-4, -5, -6],
    ]);
    expect(toRows(avgPool2d(negative, { size: 2, ceilMode: true }))).toEqual([[-3, -4.5]]);
  });
});

describe('pool2d', () => {
  it('pool2d with kind max or avg matches maxPool2d and avgPool2d', () => {
    expect(toRows(pool2d(x44, 'max', { size: 2, stride: 1 }))).toEqual([
      [7, 7, 8],
      [9, 7, 8],
      [9, 6, 6],
    ]);
    expect(toRows(pool2d(x44, 'avg', { size: 2 }))).toEqual([
      [4, 5],
      [4.5, 3],
    ]);
  });

  it('rejects size 0 with a RangeError naming the function and the size', () => {
    expect(() => maxPool2d(x44, { size: 0 })).toThrow(RangeError);
    expect(() => maxPool2d(x44, { size: 0 })).toThrow(
      /maxPool2d: size must be a positive integer, got 0/,
    );
    expect(() => avgPool2d(x44, { size: 0 })).toThrow(/avgPool2d: size .*got 0/);
  });

  it('rejects a fractional size with a RangeError', () => {
    expect(() => avgPool2d(x44, { size: 1.5 })).toThrow(/avgPool2d: size .*got 1\.5/);
  });

  it('rejects stride 0 with a RangeError naming the stride', () => {
    expect(() => maxPool2d(x44, { size: 2, stride: 0 })).toThrow(RangeError);
    expect(() => maxPool2d(x44, { size: 2, stride: 0 })).toThrow(
      /maxPool2d: stride must be a positive integer, got 0/,
    );
    expect(() => avgPool2d(x44, { size: 2, stride: -2 })).toThrow(/avgPool2d: stride .*got -2/);
  });

  it('rejects a window larger than the input and names both sizes', () => {
    const wide = counting(2, 5);
    expect(() => maxPool2d(wide, { size: 3 })).toThrow(RangeError);
    expect(() => maxPool2d(wide, { size: 3 })).toThrow(
      /maxPool2d: window 3x3 \(size 3\) is larger than the input 2x5/,
    );
    expect(() => avgPool2d(wide, { size: 3, ceilMode: true })).toThrow(
      /avgPool2d: window 3x3 .*larger than the input 2x5/,
    );
  });

  it('accepts a window exactly as large as the input', () => {
    expect(toRows(maxPool2d(x44, { size: 4 }))).toEqual([[9]]);
    expect(toRows(avgPool2d(x44, { size: 4 }))).toEqual([[66 / 16]]);
  });
});
