import type { Matrix } from '../core';

/** Options of {@link imageToInput}. */
export interface ImageToInputOptions {
  /**
   * Snap every cell to -1 or +1: a cell whose value is >= 0 (luminance at least half of white,
   * so an exact mid-gray counts as light) becomes +1, anything darker becomes -1.
   */
  readonly threshold?: boolean;
}

// Rec. 709 luma weights, scaled to integers so that the luma of a pixel is an exact integer
// (R, G, B <= 255 give at most 2 550 000): a gray pixel (v, v, v) gets exactly 10 000 v, so
// whites stay exactly +1 and grays exactly v / 255 * 2 - 1. A single channel is weights of
// 10 000 on it and 0 on the others.
type Weights = readonly [number, number, number];
const LUMA: Weights = [2126, 7152, 722];
const WEIGHT_SUM = 10_000;
/** Scaled luma of a white pixel; the composite of a pixel over white is at most WHITE * 255. */
const WHITE = WEIGHT_SUM * 255;

/**
 * How the `m` target cells along one axis cover the `n` source pixels, as a box filter.
 * Both are put on a common scale of n * m units: source pixel i spans [i m, (i + 1) m) and
 * target cell k spans [k n, (k + 1) n), so every overlap is an exact integer and the
 * overlaps of one target cell sum to n. Works the same for downscaling (a cell covers
 * several pixels, the end ones partly) and upscaling (a cell lies inside one pixel or
 * straddles two).
 *
 * Returns, for every source pixel, the target cells it touches and the overlaps.
 */
function coverage(n: number, m: number): { cell: number; overlap: number }[][] {
  const bySource: { cell: number; overlap: number }[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < m; k++) {
    const start = k * n;
    const end = start + n;
    const first = Math.floor(start / m);
    const last = Math.ceil(end / m) - 1;
    for (let i = first; i <= last; i++) {
      const overlap = Math.min(end, (i + 1) * m) - Math.max(start, i * m);
      if (overlap > 0) bySource[i]!.push({ cell: k, overlap });
    }
  }
  return bySource;
}

/**
 * Turns an RGBA picture into an input grid of `height` x `width` cells with values in
 * [-1, +1], the way the app draws them: -1 black (background), +1 white.
 *
 * - Gray level: Rec. 709 luma, 0.2126 R + 0.7152 G + 0.0722 B, taken on the sRGB bytes as
 *   they are (no linearisation), which is what "grayscale" means in image editors.
 * - Transparency: each pixel is composited over WHITE before its gray level is taken, so a
 *   fully transparent pixel is white (+1) and a half-transparent black one is mid-gray. This
 *   is how image viewers and the browser's own page show a transparent PNG, and it keeps
 *   compositing linear so it commutes with the averaging below. (A dark stroke drawn on a
 *   transparent background therefore comes out as a dark stroke on white.)
 * - Resizing: area averaging (a box filter). Every target cell is the mean of the source
 *   pixels it covers, each weighted by the fraction of it that lies inside the cell. This is
 *   right for downscaling, and for upscaling it reduces to nearest-neighbour except in cells
 *   that straddle two source pixels, which get the area-weighted blend. The picture is
 *   stretched to the grid: the whole source maps onto the whole grid, aspect not kept.
 * - Values: gray 0..255 maps linearly to -1..+1 (v = gray / 255 * 2 - 1).
 * - `threshold`: see {@link ImageToInputOptions.threshold}.
 *
 * Pure: no DOM, the buffer is only read.
 *
 * @param rgba `srcWidth * srcHeight` pixels, row-major, 4 bytes each (R, G, B, A), as in
 *   `ImageData.data`.
 * @throws RangeError when a size is not a positive integer, or when `rgba.length` is not
 *   `srcWidth * srcHeight * 4`.
 */
export function imageToInput(
  rgba: Uint8ClampedArray | Uint8Array,
  srcWidth: number,
  srcHeight: number,
  height: number,
  width: number,
  options?: ImageToInputOptions,
): Matrix {
  return imageToPlane(rgba, srcWidth, srcHeight, height, width, LUMA, options, 'imageToInput');
}

/**
 * A colour picture's red, green and blue channels as three grids of `height` x `width` cells
 * in [-1, +1] (-1 none of that colour, +1 all of it), each made as {@link imageToInput} makes
 * the gray one: composited over white, area-averaged, stretched to the grid; `threshold`
 * snaps each channel to -1 or +1 (eight colours).
 *
 * @throws RangeError as imageToInput.
 */
export function imageToChannels(
  rgba: Uint8ClampedArray | Uint8Array,
  srcWidth: number,
  srcHeight: number,
  height: number,
  width: number,
  options?: ImageToInputOptions,
): [Matrix, Matrix, Matrix] {
  const plane = (weights: Weights) =>
    imageToPlane(rgba, srcWidth, srcHeight, height, width, weights, options, 'imageToChannels');
  return [plane([WEIGHT_SUM, 0, 0]), plane([0, WEIGHT_SUM, 0]), plane([0, 0, WEIGHT_SUM])];
}

function imageToPlane(
  rgba: Uint8ClampedArray | Uint8Array,
  srcWidth: number,
  srcHeight: number,
  height: number,
  width: number,
  [wr, wg, wb]: Weights,
  options: ImageToInputOptions | undefined,
  fn: string,
): Matrix {
  const assertSize = (name: string, value: number) => {
    if (!Number.isInteger(value) || value <= 0) {
      throw new RangeError(`${fn}: ${name} must be a positive integer, got ${value}`);
    }
  };
  assertSize('srcWidth', srcWidth);
  assertSize('srcHeight', srcHeight);
  assertSize('height', height);
  assertSize('width', width);
  const expected = srcWidth * srcHeight * 4;
  if (rgba.length !== expected) {
    throw new RangeError(
      `${fn}: a ${srcWidth}x${srcHeight} RGBA image needs ${expected} bytes, got ${rgba.length}`,
    );
  }

  const columns = coverage(srcWidth, width);
  const rows = coverage(srcHeight, height);
  // Sums of overlap-weighted composites. They stay integers (exact) for sources of up to
  // about 14 megapixels; beyond that the float rounding is ~1e-16 relative, and the clamp
  // below keeps the result inside [-1, +1].
  const sums = new Float64Array(height * width);
  const rowSums = new Float64Array(width);
  for (let y = 0; y < srcHeight; y++) {
    rowSums.fill(0);
    const base = y * srcWidth * 4;
    for (let x = 0; x < srcWidth; x++) {
      const p = base + x * 4;
      const alpha = rgba[p + 3]!;
      const luma = wr * rgba[p]! + wg * rgba[p + 1]! + wb * rgba[p + 2]!;
      // Over white: luma * a + white * (1 - a), with a = alpha / 255, times 255.
      const composite = luma * alpha + WHITE * (255 - alpha);
      for (const { cell, overlap } of columns[x]!)
        rowSums[cell] = rowSums[cell]! + overlap * composite;
    }
    for (const { cell, overlap } of rows[y]!) {
      const offset = cell * width;
      for (let c = 0; c < width; c++) sums[offset + c] = sums[offset + c]! + overlap * rowSums[c]!;
    }
  }

  // Each cell's overlaps total srcHeight * srcWidth, and a white pixel composites to
  // WHITE * 255, so this turns a sum into the cell's gray level as a fraction of white.
  const scale = srcHeight * srcWidth * WHITE * 255;
  const threshold = options?.threshold === true;
  const data = new Float64Array(height * width);
  for (let i = 0; i < data.length; i++) {
    const v = Math.min(1, Math.max(-1, (sums[i]! / scale) * 2 - 1));
    data[i] = threshold ? (v >= 0 ? 1 : -1) : v;
  }
  return { height, width, data };
}
