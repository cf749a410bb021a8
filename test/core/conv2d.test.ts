import { describe, expect, it } from 'vitest';
import { conv2d, fromRows, toRows } from '../../src/core';

// x[r][c] = width * r + c + 1: each cell is distinct and the row step differs from the column
// step, so mixing up rows and columns changes the numbers.
import { counting, x34, k22 } from './conv2dFixtures';

describe('conv2d on hand-computed examples', () => {
  it('slides a 2x2 kernel over a 3x4 input, giving a 2x3 map', () => {
    // out[r][c] = 1*x[r][c] + 2*x[r][c+1] + 3*x[r+1][c] + 4*x[r+1][c+1]
    // (0,0) 1 + 4 + 15 + 24 = 44    (0,1) 2 + 6 + 18 + 28 = 54    (0,2) 3 + 8 + 21 + 32 = 64
    // (1,0) 5 + 12 + 27 + 40 = 84   (1,1) 6 + 14 + 30 + 44 = 94   (1,2) 7 + 16 + 33 + 48 = 104
    expect(toRows(conv2d(x34, k22))).toEqual([
      [44, 54, 64],
      [84, 94, 104],
    ]);
  });

  it('with stride 2 keeps only the windows starting at even rows and columns', () => {
    // rows: floor((3 - 2) / 2) + 1 = 1; columns: floor((4 - 2) / 2) + 1 = 2
    // windows at (0,0) and (0,2): 44 and 64 from the stride-1 map above
    expect(toRows(conv2d(x34, k22, { stride: 2 }))).toEqual([[44, 64]]);
  });

  it('with padding 1 adds one zero row or column on all four sides', () => {
    // padded:            kernel 1 2
    //   0 0 0 0                 3 4
    //   0 1 2 0
    //   0 3 4 0
    //   0 0 0 0
    // (0,0) 4*1 = 4          (0,1) 3*1 + 4*2 = 11      (0,2) 3*2 = 6
    // (1,0) 2*1 + 4*3 = 14   (1,1) 1 + 4 + 9 + 16 = 30  (1,2) 1*2 + 3*4 = 14
    // (2,0) 2*3 = 6          (2,1) 1*3 + 2*4 = 11      (2,2) 1*4 = 4
    const input = fromRows([
      [1, 2],
      [3, 4],
    ]);
    expect(toRows(conv2d(input, k22, { padding: 1 }))).toEqual([
      [4, 11, 6],
      [14, 30, 14],
      [6, 11, 4],
    ]);
  });

  it('with dilation 2 spreads a 2x2 kernel over a 3x3 area', () => {
    // 5x5 input, x[r][c] = 5r + c + 1 = v; taps at (0,0), (0,2), (2,0), (2,2):
    // v + 2(v + 2) + 3(v + 10) + 4(v + 12) = 10v + 82; output 5 - 2 - 1 + 1 = 3 per axis
    // v = 1, 2, 3 -> 92, 102, 112; v = 6, 7, 8 -> 142, 152, 162; v = 11, 12, 13 -> 192, 202, 212
    expect(toRows(conv2d(counting(5, 5), k22, { dilation: 2 }))).toEqual([
      [92, 102, 112],
      [142, 152, 162],
      [192, 202, 212],
    ]);
  });

  it('with dilation 2 spreads a 3x3 kernel over the whole 5x5 input', () => {
    // taps x = 1, 3, 5, 11, 13, 15, 21, 23, 25 with weights 1..9:
    // 1 + 6 + 15 + 44 + 65 + 90 + 147 + 184 + 225 = 777
    const k = fromRows([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(toRows(conv2d(counting(5, 5), k, { dilation: 2 }))).toEqual([[777]]);
  });

  it('moves a 3x3 kernel two cells at a time with stride 2', () => {
    // 5x5 input, x = v0 + 5i + j inside a window with origin value v0; kernel 1..9:
    // sum = 45 v0 + 5 * (0*6 + 1*15 + 2*24) + (0*12 + 1*15 + 2*18) = 45 v0 + 315 + 51
    // origins v0 = 1, 3, 11, 13 -> 411, 501, 861, 951
    const k = fromRows([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect(toRows(conv2d(counting(5, 5), k, { stride: 2 }))).toEqual([
      [411, 501],
      [861, 951],
    ]);
  });

  it('adds the bias to every output', () => {
    expect(toRows(conv2d(x34, k22, { bias: 0.5 }))).toEqual([
      [44.5, 54.5, 64.5],
      [84.5, 94.5, 104.5],
    ]);
  });

  it('divides the sum of products by the divisor', () => {
    // 44/4, 54/4, 64/4, 84/4, 94/4, 104/4
    expect(toRows(conv2d(x34, k22, { divisor: 4 }))).toEqual([
      [11, 13.5, 16],
      [21, 23.5, 26],
    ]);
  });

  it('adds the bias after dividing, not before', () => {
    // 44/4 - 1 = 10 (dividing after the bias would give (44 - 1)/4 = 10.75)
    expect(toRows(conv2d(x34, k22, { divisor: 4, bias: -1 }))).toEqual([
      [10, 12.5, 15],
      [20, 22.5, 25],
    ]);
  });

  it('slides a 1x3 kernel along the rows of a 4x5 input, giving 4x3', () => {
    // x = 5r + c + 1 = v; v + 2(v + 1) + 3(v + 2) = 6v + 8
    expect(toRows(conv2d(counting(4, 5), fromRows([[1, 2, 3]])))).toEqual([
      [14, 20, 26],
      [44, 50, 56],
      [74, 80, 86],
      [104, 110, 116],
    ]);
  });

  it('slides a 3x1 kernel down the columns of a 4x5 input, giving 2x5', () => {
    // v + 2(v + 5) + 3(v + 10) = 6v + 40
    expect(toRows(conv2d(counting(4, 5), fromRows([[1], [2], [3]])))).toEqual([
      [46, 52, 58, 64, 70],
      [76, 82, 88, 94, 100],
    ]);
  });

  it('handles a 9-tap kernel that is not 3x3 (1x9 and 9x1)', () => {
    // input 1..10; c = 0: sum (j+1)^2 for j < 9 = 285; c = 1: sum (j+1)(j+2) = 285 + 45 = 330
    const row = counting(1, 10);
    const k = fromRows([[1, 2, 3, 4, 5, 6, 7, 8, 9]]);
    expect(toRows(conv2d(row, k))).toEqual([[285, 330]]);
    const column = fromRows(toRows(row)[0]!.map((v) => [v]));
    const kT = fromRows(toRows(k)[0]!.map((v) => [v]));
    expect(toRows(conv2d(column, kT))).toEqual([[285], [330]]);
  });

  it('sums all 25 products of a 5x5 kernel', () => {
    // 5x6 input, x = 6r + c + 1. All-ones kernel, window at column c:
    // sum over r of 6r * 5 = 300, plus 5 * ((c+1) + ... + (c+5)) = 75 (c = 0) or 100 (c = 1)
    const ones = fromRows(Array.from({ length: 5 }, () => [1, 1, 1, 1, 1]));
    expect(toRows(conv2d(counting(5, 6), ones))).toEqual([[375, 400]]);
    // A 1 at (0,4) and a 2 at (4,0): x[0][c+4] + 2 x[4][c] = (c + 5) + 2(25 + c) = 3c + 55
    const corners = fromRows([
      [0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
      [2, 0, 0, 0, 0],
    ]);
    expect(toRows(conv2d(counting(5, 6), corners))).toEqual([[55, 58]]);
  });

  it('is cross-correlation: an asymmetric 3x3 kernel is not flipped', () => {
    const x = counting(3, 3);
    // A single 1 at the top-left picks x[0][0] = 1 (a flipped kernel would pick x[2][2] = 9).
    const topLeft = fromRows([
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(toRows(conv2d(x, topLeft))).toEqual([[1]]);
    // Kernel = input: 1 + 4 + 9 + ... + 81 = 285; flipped it would be 9 + 16 + 21 + 24 + 25
    // + 24 + 21 + 16 + 9 = 165.
    expect(toRows(conv2d(x, x))).toEqual([[285]]);
  });

  it('is cross-correlation: an asymmetric 2x2 kernel is not flipped', () => {
    // A single 1 at the top-left picks 1; a flipped kernel would pick 4.
    const input = fromRows([
      [1, 2],
      [3, 4],
    ]);
    expect(
      toRows(
        conv2d(
          input,
          fromRows([
            [1, 0],
            [0, 0],
          ]),
        ),
      ),
    ).toEqual([[1]]);
  });

  it('does not modify its input or kernel', () => {
    const input = counting(3, 4);
    const kernel = fromRows([
      [1, -1],
      [2, 0],
    ]);
    conv2d(input, kernel, { padding: 1, bias: 3, divisor: 2 });
    expect(toRows(input)).toEqual(toRows(counting(3, 4)));
    expect(toRows(kernel)).toEqual([
      [1, -1],
      [2, 0],
    ]);
  });
});
