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
  correlate(src, kernel, stride, dilation, bias, divisor, out);
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

// The hot loop of the whole app (every click runs it for every kernel). Index arithmetic is
// hoisted out of the loops and nothing is allocated inside them. 3x3 kernels, by far the most
// common, get an unrolled body with the nine weights and offsets held in locals.
function correlate(
  src: Matrix,
  kernel: Matrix,
  stride: number,
  dilation: number,
  bias: number,
  divisor: number,
  out: Matrix,
): void {
  const x = src.data;
  const y = out.data;
  const w = kernel.data;
  const offsets = tapOffsets(kernel, src.width, dilation);
  const taps = offsets.length;
  const rowStep = stride * src.width;
  const { height: outH, width: outW } = out;
  if (taps === 9) {
    const [o0 = 0, o1 = 0, o2 = 0, o3 = 0, o4 = 0, o5 = 0, o6 = 0, o7 = 0, o8 = 0] = offsets;
    const [w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0, w5 = 0, w6 = 0, w7 = 0, w8 = 0] = w;
    for (let r = 0, o = 0; r < outH; r++) {
      let p = r * rowStep;
      for (let c = 0; c < outW; c++, o++, p += stride) {
        const sum =
          x[p + o0]! * w0 +
          x[p + o1]! * w1 +
          x[p + o2]! * w2 +
          x[p + o3]! * w3 +
          x[p + o4]! * w4 +
          x[p + o5]! * w5 +
          x[p + o6]! * w6 +
          x[p + o7]! * w7 +
          x[p + o8]! * w8;
        y[o] = sum / divisor + bias;
      }
    }
    return;
  }
  for (let r = 0, o = 0; r < outH; r++) {
    let p = r * rowStep;
    for (let c = 0; c < outW; c++, o++, p += stride) {
      let sum = 0;
      for (let t = 0; t < taps; t++) sum += x[p + offsets[t]!]! * w[t]!;
      y[o] = sum / divisor + bias;
    }
  }
}
