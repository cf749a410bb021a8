import { fromRows, SEED_KERNELS, type Matrix } from '../core';
import { resizeCentred } from './inputPresets';

/** The 3x3 kernels the kernel editor offers. */
export type KernelPreset =
  | 'diagonal'
  | 'x'
  | 'antiDiagonal'
  | 'plus'
  | 'horizontal'
  | 'vertical'
  | 'sobelX'
  | 'sobelY'
  | 'laplacian'
  | 'boxBlur'
  | 'sharpen'
  | 'identity';

export const KERNEL_PRESETS: readonly KernelPreset[] = [
  'diagonal',
  'x',
  'antiDiagonal',
  'plus',
  'horizontal',
  'vertical',
  'sobelX',
  'sobelY',
  'laplacian',
  'boxBlur',
  'sharpen',
  'identity',
];

const KERNELS: Readonly<Record<KernelPreset, Matrix>> = {
  // The seed's three kernels, the very same objects.
  diagonal: SEED_KERNELS[0]!,
  x: SEED_KERNELS[1]!,
  antiDiagonal: SEED_KERNELS[2]!,
  plus: fromRows([
    [-1, 1, -1],
    [1, 1, 1],
    [-1, 1, -1],
  ]),
  horizontal: fromRows([
    [-1, -1, -1],
    [1, 1, 1],
    [-1, -1, -1],
  ]),
  vertical: fromRows([
    [-1, 1, -1],
    [-1, 1, -1],
    [-1, 1, -1],
  ]),
  // Sobel as in OpenCV: the strongest response where dark on the left meets light on the right.
  sobelX: fromRows([
    [-1, 0, 1],
    [-2, 0, 2],
    [-1, 0, 1],
  ]),
  // Its transpose: dark above, light below.
  sobelY: fromRows([
    [-1, -2, -1],
    [0, 0, 0],
    [1, 2, 1],
  ]),
  laplacian: fromRows([
    [0, 1, 0],
    [1, -4, 1],
    [0, 1, 0],
  ]),
  // All ones: with the convolution's "divide by the cell count" it is the 3x3 mean.
  boxBlur: fromRows([
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
  ]),
  sharpen: fromRows([
    [0, -1, 0],
    [-1, 5, -1],
    [0, -1, 0],
  ]),
  identity: fromRows([
    [0, 0, 0],
    [0, 1, 0],
    [0, 0, 0],
  ]),
};

/**
 * The 3x3 kernel of a preset. 'diagonal', 'x' and 'antiDiagonal' are the seed's kernels
 * (SEED_KERNELS[0..2], the same objects). Every call returns the same shared matrix: treat it
 * as immutable, like every matrix in the app.
 */
export function kernelPreset(name: KernelPreset): Matrix {
  return KERNELS[name];
}

/** The preset whose kernel equals `m` (same shape, same weights), or null. */
export function presetOf(m: Matrix): KernelPreset | null {
  for (const name of KERNEL_PRESETS) {
    const k = KERNELS[name];
    if (k === m) return name;
    if (k.height !== m.height || k.width !== m.width || k.data.length !== m.data.length) continue;
    if (k.data.every((v, i) => v === m.data[i])) return name;
  }
  return null;
}

/** The smallest and largest kernel side. */
const KERNEL_SIDES = [1, 5] as const;

/**
 * The kernel at `size` x `size`, kept centred: growing adds zero weights on every side,
 * shrinking crops the middle. When the difference is odd (between an odd and an even size) the
 * extra row and column are added, or dropped, at the bottom and right: 3 -> 4 adds a zero row
 * below and a zero column on the right; 3 -> 2 keeps the top-left 2x2. Returns `m` itself when
 * it already has that shape.
 * @throws RangeError when `size` is not an integer from 1 to 5.
 */
export function resizeKernel(m: Matrix, size: number): Matrix {
  const [lo, hi] = KERNEL_SIDES;
  if (!Number.isInteger(size) || size < lo || size > hi) {
    throw new RangeError(`resizeKernel: size must be an integer from ${lo} to ${hi}, got ${size}`);
  }
  return resizeCentred(m, size, size, 0);
}
