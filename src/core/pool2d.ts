import { createMatrix, type Matrix } from './matrix';
import { pooledSize } from './outputSize';
import { positiveInteger } from './validate';

export interface Pool2dOptions {
  /** The window is size x size cells. */
  readonly size: number;
  /** Step between windows. Defaults to `size` (non-overlapping windows), as in PyTorch. */
  readonly stride?: number;
  /**
   * false (default): windows that do not fit are dropped, PyTorch's default (floor).
   * true: PyTorch's `ceil_mode=True`; a window that runs past the edge covers only the cells
   * that exist (an average divides by that count).
   */
  readonly ceilMode?: boolean;
}

export type PoolKind = 'max' | 'avg';

/**
 * The shared sliding-window reduction behind maxPool2d and avgPool2d.
 *
 * `zeroPadEnd` is the seed's edge handling without building the padded copy: windows cover
 * every cell, and the part of a window past the bottom or right edge counts as zeros (it
 * can win a max, and an average divides by the full window).
 * @throws RangeError for a size or stride that is not a positive integer, or a window larger
 *   than the input (unless `zeroPadEnd`).
 */
export function pool2d(
  input: Matrix,
  kind: PoolKind,
  options: Pool2dOptions & { readonly zeroPadEnd?: boolean },
): Matrix {
  const fn = kind === 'max' ? 'maxPool2d' : 'avgPool2d';
  const size = positiveInteger(fn, 'size', options.size);
  const stride = positiveInteger(fn, 'stride', options.stride ?? size);
  const zeroPad = options.zeroPadEnd === true;
  if (!zeroPad && (size > input.height || size > input.width)) {
    throw new RangeError(
      `${fn}: window ${size}x${size} (size ${size}) is larger than the input ` +
        `${input.height}x${input.width}`,
    );
  }
  const edge = zeroPad ? 'pad' : options.ceilMode ? 'ceil' : 'drop';
  const axis = (n: number) => pooledSize(n, size, stride, edge);
  const out = createMatrix(axis(input.height), axis(input.width));
  poolInto(input, kind === 'max', size, stride, zeroPad, out);
  return out;
}

/** How many windows along an axis of length n lie wholly inside it. */
export function fullWindows(n: number, size: number, stride: number, out: number): number {
  return n < size ? 0 : Math.min(out, Math.floor((n - size) / stride) + 1);
}

/**
 * Pools `input` into `out`, whose shape the caller has worked out. Windows that lie wholly
 * inside the input take a fast path (an unrolled one for 2x2, the seed's and the most common
 * window); the few at the bottom and right edges take a clipped one.
 */
export function poolInto(
  input: Matrix,
  isMax: boolean,
  size: number,
  stride: number,
  zeroPad: boolean,
  out: Matrix,
): void {
  const rows = fullWindows(input.height, size, stride, out.height);
  const cols = fullWindows(input.width, size, stride, out.width);
  if (size === 2) pool2x2(input, isMax, stride, rows, cols, out);
  else poolFull(input, isMax, size, stride, rows, cols, out);
  poolEdgesInto(input, isMax, size, stride, zeroPad, rows, cols, out);
}

/**
 * Fills the cells of `out` outside its first `rows` x `cols` (the windows wholly inside the
 * input, already pooled): the windows that run past the bottom or right edge.
 */
export function poolEdgesInto(
  input: Matrix,
  isMax: boolean,
  size: number,
  stride: number,
  zeroPad: boolean,
  rows: number,
  cols: number,
  out: Matrix,
): void {
  for (let r = 0; r < out.height; r++) {
    for (let c = r < rows ? cols : 0; c < out.width; c++) {
      out.data[r * out.width + c] = clippedWindow(
        input,
        isMax,
        size,
        r * stride,
        c * stride,
        zeroPad,
      );
    }
  }
}

function pool2x2(
  input: Matrix,
  isMax: boolean,
  stride: number,
  rows: number,
  cols: number,
  out: Matrix,
): void {
  const x = input.data;
  const y = out.data;
  const W = input.width;
  for (let r = 0; r < rows; r++) {
    let p = r * stride * W;
    let o = r * out.width;
    for (let c = 0; c < cols; c++, o++, p += stride) {
      const a = x[p]!;
      const b = x[p + 1]!;
      const d = x[p + W]!;
      const e = x[p + W + 1]!;
      if (isMax) {
        const m1 = a > b ? a : b;
        const m2 = d > e ? d : e;
        y[o] = m1 > m2 ? m1 : m2;
      } else y[o] = (a + b + d + e) / 4;
    }
  }
}

function poolFull(
  input: Matrix,
  isMax: boolean,
  size: number,
  stride: number,
  rows: number,
  cols: number,
  out: Matrix,
): void {
  const x = input.data;
  const y = out.data;
  const W = input.width;
  const offsets = new Int32Array(size * size);
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) offsets[i * size + j] = i * W + j;
  const taps = offsets.length;
  for (let r = 0; r < rows; r++) {
    let p = r * stride * W;
    let o = r * out.width;
    for (let c = 0; c < cols; c++, o++, p += stride) {
      let acc = isMax ? x[p]! : 0;
      for (let t = isMax ? 1 : 0; t < taps; t++) {
        const v = x[p + offsets[t]!]!;
        acc = isMax ? (v > acc ? v : acc) : acc + v;
      }
      y[o] = isMax ? acc : acc / taps;
    }
  }
}

/** One window at (r0, c0) that runs past the bottom or right edge. */
function clippedWindow(
  input: Matrix,
  isMax: boolean,
  size: number,
  r0: number,
  c0: number,
  zeroPad: boolean,
): number {
  const { height: H, width: W, data: x } = input;
  const r1 = Math.min(r0 + size, H);
  const c1 = Math.min(c0 + size, W);
  const cells = (r1 - r0) * (c1 - c0);
  // The cells past the edge are zeros with the seed's padding, absent otherwise.
  let acc = isMax ? (zeroPad && cells < size * size ? 0 : -Infinity) : 0;
  for (let i = r0; i < r1; i++) {
    for (let j = c0; j < c1; j++) {
      const v = x[i * W + j]!;
      acc = isMax ? (v > acc ? v : acc) : acc + v;
    }
  }
  return isMax ? acc : acc / (zeroPad ? size * size : cells);
}

/**
 * Max pooling as `torch.nn.functional.max_pool2d`: each output cell is the largest value
 * of its size x size window; windows that do not fit are dropped unless `ceilMode` is set.
 */
export function maxPool2d(input: Matrix, options: Pool2dOptions): Matrix {
  return pool2d(input, 'max', options);
}

/**
 * Average pooling as `torch.nn.functional.avg_pool2d`: each output cell is the mean of its
 * window; windows that do not fit are dropped unless `ceilMode` is set.
 */
export function avgPool2d(input: Matrix, options: Pool2dOptions): Matrix {
  return pool2d(input, 'avg', options);
}
