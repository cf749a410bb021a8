/**
 * A dense 2-D matrix of float64 values stored row-major: the value at row `r`, column `c`
 * is `data[r * width + c]`. Row index first everywhere in this core, as in numpy and PyTorch.
 *
 * Matrices are treated as immutable: every function in the core returns a new matrix and
 * never writes into its arguments.
 */
export interface Matrix {
  readonly height: number;
  readonly width: number;
  readonly data: Float64Array;
}

/** A matrix of the given shape filled with `value` (0 by default). */
export function createMatrix(height: number, width: number, value = 0): Matrix {
  const data = new Float64Array(height * width);
  if (value !== 0) data.fill(value);
  return { height, width, data };
}

/**
 * Copies nested arrays (an array of rows) into a Matrix.
 * @throws RangeError when there are no rows or no columns, when rows differ in length,
 *   or when a value is not a finite number.
 */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const height = rows.length;
  const first = rows[0];
  if (first === undefined || first.length === 0) {
    throw new RangeError(`fromRows: expected at least one row and one column, got ${height} rows`);
  }
  const width = first.length;
  const data = new Float64Array(height * width);
  for (let r = 0; r < height; r++) {
    const row = rows[r] as readonly number[];
    if (row.length !== width) {
      throw new RangeError(
        `fromRows: ragged rows, row 0 has ${width} values but row ${r} has ${row.length}`,
      );
    }
    for (let c = 0; c < width; c++) {
      const v = row[c];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new RangeError(`fromRows: value at row ${r}, column ${c} is not finite: ${v}`);
      }
      data[r * width + c] = v;
    }
  }
  return { height, width, data };
}

/** Copies a Matrix into nested arrays, one array per row. */
export function toRows(m: Matrix): number[][] {
  const rows: number[][] = [];
  for (let r = 0; r < m.height; r++) {
    rows.push(Array.from(m.data.subarray(r * m.width, (r + 1) * m.width)));
  }
  return rows;
}

/** The value at row `r`, column `c`; undefined outside the matrix or for a non-integer index. */
export function valueAt(m: Matrix, r: number, c: number): number | undefined {
  if (!Number.isInteger(r) || !Number.isInteger(c)) return undefined;
  if (r < 0 || c < 0 || r >= m.height || c >= m.width) return undefined;
  return m.data[r * m.width + c];
}

/** The smallest and largest value of a matrix (both 0 for an empty one). */
export function extent(m: Matrix): [number, number] {
  const d = m.data;
  if (d.length === 0) return [0, 0];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < d.length; i++) {
    const v = d[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
