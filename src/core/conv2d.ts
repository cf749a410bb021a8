import { createMatrix, type Matrix } from './matrix';
import { outputSize } from './outputSize';
import { pad2d } from './pad2d';
import { finiteNumber, nonNegativeInteger, nonZeroFinite, positiveInteger } from './validate';

export interface Conv2dOptions {
  /** Step between windows, in cells. Default 1. */
  readonly stride?: number;
  /** Zero cells added on all four sides before sliding. Default 0 ("valid"). */
  readonly padding?: number;
  /** Spacing between kernel taps; 2 spreads a 3x3 kernel over 5x5. Default 1. */
  readonly dilation?: number;
  /** Added to every output after the division. Default 0. */
  readonly bias?: number;
  /** The sum of products is divided by this. Default 1; the seed divides by 9. */
  readonly divisor?: number;
}

/**
 * 2-D cross-correlation, as `torch.nn.functional.conv2d` computes it for one channel (the
 * kernel is not flipped): out[r][c] = sum over (i, j) of in[r*s + i*d][c*s + j*d] * k[i][j],
 * then divided by `divisor` and `bias` added. Output size per axis is given by `outputSize`.
 *
 * The seed computes `np.sum(window * kernel) / 9`: dividing (rather than multiplying by 1/9)
 * keeps the results bit-identical to it.
 * @throws RangeError for a non-positive or non-integer stride or dilation, a negative or
 *   non-integer padding, a non-finite bias, a zero or non-finite divisor, or a (dilated)
 *   kernel larger than the padded input.
 */
export function conv2d(input: Matrix, kernel: Matrix, options: Conv2dOptions = {}): Matrix {
  const stride = positiveInteger('conv2d', 'stride', options.stride ?? 1);
  const padding = nonNegativeInteger('conv2d', 'padding', options.padding ?? 0);
  const dilation = positiveInteger('conv2d', 'dilation', options.dilation ?? 1);
  const bias = finiteNumber('conv2d', 'bias', options.bias ?? 0);
  const divisor = nonZeroFinite('conv2d', 'divisor', options.divisor ?? 1);
  const outH = outputSize(input.height, kernel.height, stride, padding, dilation);
  const outW = outputSize(input.width, kernel.width, stride, padding, dilation);
  if (outH < 1 || outW < 1) {
    const kh = (kernel.height - 1) * dilation + 1;
    const kw = (kernel.width - 1) * dilation + 1;
    throw new RangeError(
      `conv2d: kernel ${kh}x${kw} (after dilation ${dilation}) is larger than the padded ` +
        `input ${input.height + 2 * padding}x${input.width + 2 * padding} (padding ${padding})`,
    );
  }
  const src =
    padding > 0
      ? pad2d(input, { top: padding, right: padding, bottom: padding, left: padding })
      : input;
  const out = createMatrix(outH, outW);
  correlateInto(src, kernel, stride, dilation, bias, divisor, out);
  return out;
}

/** Offsets into the padded input's data of each kernel tap, relative to a window's origin. */
function tapOffsets(kernel: Matrix, rowLength: number, dilation: number): Int32Array {
  const offsets = new Int32Array(kernel.height * kernel.width);
  for (let i = 0; i < kernel.height; i++) {
    for (let j = 0; j < kernel.width; j++) {
      offsets[i * kernel.width + j] = i * dilation * rowLength + j * dilation;
    }
  }
  return offsets;
}

/**
 * Cross-correlates `src` (already padded) with `kernel` into `out`, whose shape the caller
 * has worked out with `outputSize`. No checks: conv2d and the pipeline validate first.
 */
// The hot loop of the whole app (every click runs it for every kernel). Index arithmetic is
// hoisted out of the loops and nothing is allocated inside them.
export function correlateInto(
  src: Matrix,
  kernel: Matrix,
  stride: number,
  dilation: number,
  bias: number,
  divisor: number,
  out: Matrix,
): void {
  if (kernel.height === 3 && kernel.width === 3) {
    correlate3x3(src, kernel.data, stride, dilation, bias, divisor, out);
    return;
  }
  const x = src.data;
  const y = out.data;
  const w = kernel.data;
  const offsets = tapOffsets(kernel, src.width, dilation);
  const taps = offsets.length;
  const rowStep = stride * src.width;
  for (let r = 0, o = 0; r < out.height; r++) {
    let p = r * rowStep;
    for (let c = 0; c < out.width; c++, o++, p += stride) {
      let sum = 0;
      for (let t = 0; t < taps; t++) sum += x[p + offsets[t]!]! * w[t]!;
      y[o] = sum / divisor + bias;
    }
  }
}

// 3x3 kernels, by far the most common, get an unrolled body with the nine weights held in
// locals and the taps addressed from three row starts.
function correlate3x3(
  src: Matrix,
  w: Float64Array,
  stride: number,
  dilation: number,
  bias: number,
  divisor: number,
  out: Matrix,
): void {
  const x = src.data;
  const y = out.data;
  const w0 = w[0]!,
    w1 = w[1]!,
    w2 = w[2]!;
  const w3 = w[3]!,
    w4 = w[4]!,
    w5 = w[5]!;
  const w6 = w[6]!,
    w7 = w[7]!,
    w8 = w[8]!;
  const d1 = dilation;
  const d2 = 2 * dilation;
  const outW = out.width;
  for (let r = 0; r < out.height; r++) {
    const p0 = r * stride * src.width;
    const p1 = p0 + d1 * src.width;
    const p2 = p0 + d2 * src.width;
    const o = r * outW;
    for (let c = 0; c < outW; c++) {
      const q = c * stride;
      // numpy's pairwise order for 9 terms (8 partial sums folded as a tree, then the
      // ninth): bit-identical to the seed's np.sum, and a shorter dependency chain.
      const sum =
        x[p0 + q]! * w0 +
        x[p0 + q + d1]! * w1 +
        (x[p0 + q + d2]! * w2 + x[p1 + q]! * w3) +
        (x[p1 + q + d1]! * w4 + x[p1 + q + d2]! * w5 + (x[p2 + q]! * w6 + x[p2 + q + d1]! * w7)) +
        x[p2 + q + d2]! * w8;
      y[o + c] = sum / divisor + bias;
    }
  }
}
