import { describe, expect, it } from 'vitest';
import { createMatrix, extent, fromRows, toRows, valueAt } from '../../src/core';

describe('fromRows and toRows', () => {
  it('fromRows stores the rows row-major with their height and width', () => {
    const m = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(m.height).toBe(2);
    expect(m.width).toBe(3);
    expect(m.data).toBeInstanceOf(Float64Array);
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('toRows gives back exactly the rows fromRows was given', () => {
    const rows = [
      [1.5, -2, 0],
      [4, 1e-300, -7.25],
      [9, 10, 11],
      [0.1, 0.2, 0.3],
    ];
    expect(toRows(fromRows(rows))).toEqual(rows);
  });

  it('a single cell round-trips', () => {
    expect(toRows(fromRows([[42]]))).toEqual([[42]]);
  });

  it('fromRows copies, so changing the source arrays afterwards does not change the matrix', () => {
    const row0 = [1, 2];
    const rows = [row0, [3, 4]];
    const m = fromRows(rows);
    row0[0] = 100;
    rows[1] = [7, 7];
    expect(toRows(m)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('toRows copies, so changing its result does not change the matrix', () => {
    const m = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const rows = toRows(m);
    rows[0]![0] = 100;
    expect(Array.from(m.data)).toEqual([1, 2, 3, 4]);
  });

  it('fromRows rejects no rows at all with a RangeError', () => {
    expect(() => fromRows([])).toThrow(RangeError);
    expect(() => fromRows([])).toThrow(/at least one row and one column, got 0 rows/);
  });

  it('fromRows rejects rows without columns with a RangeError', () => {
    expect(() => fromRows([[]])).toThrow(RangeError);
    expect(() => fromRows([[]])).toThrow(/at least one row and one column, got 1 rows/);
  });

  it('fromRows rejects ragged rows and names the first row that differs', () => {
    const ragged = [[1, 2], [3, 4], [5]];
    expect(() => fromRows(ragged)).toThrow(RangeError);
    expect(() => fromRows(ragged)).toThrow(/ragged rows, row 0 has 2 values but row 2 has 1/);
  });

  it('fromRows rejects a row longer than the first one', () => {
    expect(() => fromRows([[1], [2, 3]])).toThrow(/row 0 has 1 values but row 1 has 2/);
  });

  it('fromRows rejects NaN and names its row and column', () => {
    const rows = [
      [1, 2, 3],
      [4, 5, NaN],
    ];
    expect(() => fromRows(rows)).toThrow(RangeError);
    expect(() => fromRows(rows)).toThrow(/value at row 1, column 2 is not finite: NaN/);
  });

  it('fromRows rejects Infinity and -Infinity and names their row and column', () => {
    expect(() => fromRows([[Infinity]])).toThrow(/row 0, column 0 is not finite: Infinity/);
    expect(() =>
      fromRows([
        [0, 0],
        [-Infinity, 0],
      ]),
    ).toThrow(/row 1, column 0 is not finite: -Infinity/);
  });
});

describe('extent', () => {
  it('gives the smallest and largest value', () => {
    expect(
      extent(
        fromRows([
          [3, -2],
          [7, 0],
        ]),
      ),
    ).toEqual([-2, 7]);
  });

  it('gives the same value twice for a single cell', () => {
    expect(extent(fromRows([[5]]))).toEqual([5, 5]);
  });

  it('works when every value is negative', () => {
    expect(extent(fromRows([[-4, -1, -9]]))).toEqual([-9, -1]);
  });

  it('gives [0, 0] for an empty matrix', () => {
    expect(extent(createMatrix(0, 0))).toEqual([0, 0]);
  });
});

describe('valueAt', () => {
  const m = fromRows([
    [1, 2, 3],
    [4, 5, 6],
  ]);

  it('reads the value at row r, column c', () => {
    expect(valueAt(m, 0, 0)).toBe(1);
    expect(valueAt(m, 0, 2)).toBe(3);
    expect(valueAt(m, 1, 0)).toBe(4);
    expect(valueAt(m, 1, 2)).toBe(6);
  });

  it('gives undefined outside the matrix on every side', () => {
    expect(valueAt(m, -1, 0)).toBeUndefined();
    expect(valueAt(m, 0, -1)).toBeUndefined();
    expect(valueAt(m, 2, 0)).toBeUndefined();
    expect(valueAt(m, 0, 3)).toBeUndefined();
    // Column 3 of row 0 would be data[3] (row 1, column 0) without the bounds check.
    expect(valueAt(m, 1, 3)).toBeUndefined();
  });

  // (1/3, 0) would read data[1], row 0 column 1, without the integer check.
  it('valueAt gives undefined for a fractional row instead of another cell', () => {
    expect(valueAt(m, 1 / 3, 0)).toBeUndefined();
  });
});

describe('createMatrix', () => {
  it('fills a matrix of the given shape with zeros by default', () => {
    const m = createMatrix(2, 3);
    expect(m.height).toBe(2);
    expect(m.width).toBe(3);
    expect(Array.from(m.data)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('fills the matrix with the given value', () => {
    expect(toRows(createMatrix(2, 2, 7))).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(toRows(createMatrix(1, 3, -0.5))).toEqual([[-0.5, -0.5, -0.5]]);
  });
});
