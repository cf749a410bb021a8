import { createMatrix, type Matrix } from './matrix';
import { ceilOutputSize, outputSize } from './outputSize';
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
 * @throws RangeError for a size or stride that is not a positive integer, or a window larger
 *   than the input.
 */
export function pool2d(input: Matrix, kind: PoolKind, options: Pool2dOptions): Matrix {
  const fn = kind === 'max' ? 'maxPool2d' : 'avgPool2d';
  const size = positiveInteger(fn, 'size', options.size);
  const stride = positiveInteger(fn, 'stride', options.stride ?? size);
  if (size > input.height || size > input.width) {
    throw new RangeError(
      `${fn}: window ${size}x${size} (size ${size}) is larger than the input ` +
        `${input.height}x${input.width}`,
    );
  }
  const outH = options.ceilMode
    ? ceilOutputSize(input.height, size, stride)
    : outputSize(input.height, size, stride);
  const outW = options.ceilMode
    ? ceilOutputSize(input.width, size, stride)
    : outputSize(input.width, size, stride);
  const out = createMatrix(outH, outW);
  const x = input.data;
  const y = out.data;
  const W = input.width;
  for (let r = 0, o = 0; r < outH; r++) {
    const r0 = r * stride;
    const r1 = Math.min(r0 + size, input.height);
    for (let c = 0; c < outW; c++, o++) {
      const c0 = c * stride;
      const c1 = Math.min(c0 + size, W);
      let acc = kind === 'max' ? -Infinity : 0;
      for (let i = r0; i < r1; i++) {
        const row = i * W;
        for (let j = c0; j < c1; j++) {
          const v = x[row + j]!;
          if (kind === 'max') {
            if (v > acc) acc = v;
          } else acc += v;
        }
      }
      y[o] = kind === 'max' ? acc : acc / ((r1 - r0) * (c1 - c0));
    }
  }
  return out;
}

/**
 * Max pooling as `torch.nn.functional.max_pool2d`: each output cell is the largest value
 * of its size x size window. Windows that do not fit are dropped unless `ceilMode` is set.
 */
export function maxPool2d(input: Matrix, options: Pool2dOptions): Matrix {
  return pool2d(input, 'max', options);
}

/**
 * Average pooling as `torch.nn.functional.avg_pool2d`: each output cell is the mean of its
 * window. Windows that do not fit are dropped unless `ceilMode` is set.
 */
export function avgPool2d(input: Matrix, options: Pool2dOptions): Matrix {
  return pool2d(input, 'avg', options);
}
