import { createMatrix, type Matrix } from './matrix';
import { finiteNumber, nonNegativeInteger } from './validate';

/** How many cells to add on each side of a matrix. */
export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * Surrounds `input` with `value` (0 by default), like numpy's `np.pad(x, ((top, bottom),
 * (left, right)), 'constant')` or PyTorch's `ZeroPad2d((left, right, top, bottom))`.
 * The result is (top + height + bottom) x (left + width + right).
 * @throws RangeError when a side is negative or not an integer, or `value` is not finite.
 */
export function pad2d(input: Matrix, pad: Padding, value = 0): Matrix {
  const top = nonNegativeInteger('pad2d', 'top', pad.top);
  const right = nonNegativeInteger('pad2d', 'right', pad.right);
  const bottom = nonNegativeInteger('pad2d', 'bottom', pad.bottom);
  const left = nonNegativeInteger('pad2d', 'left', pad.left);
  finiteNumber('pad2d', 'value', value);
  const width = left + input.width + right;
  const out = createMatrix(top + input.height + bottom, width, value);
  for (let r = 0; r < input.height; r++) {
    const src = input.data.subarray(r * input.width, (r + 1) * input.width);
    out.data.set(src, (r + top) * width + left);
  }
  return out;
}
