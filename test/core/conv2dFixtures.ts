// Small matrices shared by the conv2d tests.
import { fromRows, type Matrix } from '../../src/core';

// x[r][c] = width * r + c + 1: each cell is distinct and the row step differs from the column
// step, so mixing up rows and columns changes the numbers.

export function counting(height: number, width: number): Matrix {
  return fromRows(
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => width * r + c + 1),
    ),
  );
}

export const x34 = fromRows([
  [1, 2, 3, 4],
  [5, 6, 7, 8],
  [9, 10, 11, 12],
]);
export const k22 = fromRows([
  [1, 2],
  [3, 4],
]);
