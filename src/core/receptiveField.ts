import { outputSize, pooledSize } from './outputSize';
import type { ConvSettings, PoolSettings } from './pipelineConfig';

/** A height and a width. */
export interface Shape {
  readonly height: number;
  readonly width: number;
}

/**
 * One cell of a sliding window, in the coordinates of the matrix the window slides over
 * (row first). `inside` is false for a padding cell: a zero that the window covers outside
 * the matrix, at a negative index or at or past its height or width.
 */
export interface WindowCell {
  readonly row: number;
  readonly col: number;
  readonly inside: boolean;
}

const isInside = (s: Shape, row: number, col: number) =>
  row >= 0 && col >= 0 && row < s.height && col < s.width;

/**
 * The input cells that feature-map cell (row, col) is computed from, one per kernel weight in
 * the kernel's row-major order: tap (i, j) reads input cell
 * (row * stride - padding + i * dilation, col * stride - padding + j * dilation).
 */
export function convWindow(
  row: number,
  col: number,
  kernel: Shape,
  input: Shape,
  conv: Pick<ConvSettings, 'stride' | 'padding' | 'dilation'>,
): WindowCell[] {
  const cells: WindowCell[] = [];
  const r0 = row * conv.stride - conv.padding;
  const c0 = col * conv.stride - conv.padding;
  for (let i = 0; i < kernel.height; i++) {
    for (let j = 0; j < kernel.width; j++) {
      const r = r0 + i * conv.dilation;
      const c = c0 + j * conv.dilation;
      cells.push({ row: r, col: c, inside: isInside(input, r, c) });
    }
  }
  return cells;
}

/**
 * The cells of the map that pooled cell (row, col) reduces, in row-major order. With the
 * seed's `pad` edge, cells past the bottom or right edge are padding zeros (`inside` false);
 * with `ceil`, such cells are not part of the window and are left out.
 */
export function poolWindow(
  row: number,
  col: number,
  pool: PoolSettings,
  source: Shape,
): WindowCell[] {
  const cells: WindowCell[] = [];
  for (let i = 0; i < pool.size; i++) {
    for (let j = 0; j < pool.size; j++) {
      const r = row * pool.stride + i;
      const c = col * pool.stride + j;
      const inside = isInside(source, r, c);
      if (inside || pool.edge === 'pad') cells.push({ row: r, col: c, inside });
    }
  }
  return cells;
}

/** The shape of the feature map for a kernel and input under these settings. */
export function featureShape(kernel: Shape, input: Shape, conv: ConvSettings): Shape {
  const { stride, padding, dilation } = conv;
  return {
    height: outputSize(input.height, kernel.height, stride, padding, dilation),
    width: outputSize(input.width, kernel.width, stride, padding, dilation),
  };
}

/** The shape of the pooled map for a feature map of shape `feature`. */
export function pooledShape(feature: Shape, pool: PoolSettings): Shape {
  return {
    height: pooledSize(feature.height, pool.size, pool.stride, pool.edge),
    width: pooledSize(feature.width, pool.size, pool.stride, pool.edge),
  };
}

/**
 * The input cells (row-major indices, ascending) that pooled cell (row, col) depends on: the
 * union of the receptive fields of the feature-map cells its window holds.
 */
export function pooledInputRegion(
  row: number,
  col: number,
  kernel: Shape,
  input: Shape,
  conv: ConvSettings,
  pool: PoolSettings,
): number[] {
  const region = new Set<number>();
  for (const f of poolWindow(row, col, pool, featureShape(kernel, input, conv))) {
    if (!f.inside) continue;
    for (const x of convWindow(f.row, f.col, kernel, input, conv)) {
      if (x.inside) region.add(x.row * input.width + x.col);
    }
  }
  return [...region].sort((a, b) => a - b);
}

/** The cells of every later map that one input pixel influences (row-major indices). */
export interface Influence {
  /** Cells of the feature map (and so of the activated map, cell for cell). */
  readonly feature: number[];
  /** Cells of the pooled map. */
  readonly pooled: number[];
}

/**
 * The output positions along one axis whose window reads input position x: for tap t, the
 * window of output o starts at o * stride - padding and reads o * stride - padding + t *
 * dilation, so o = (x + padding - t * dilation) / stride when that is a whole number in range.
 */
function readersAlong(
  x: number,
  taps: number,
  outputs: number,
  stride: number,
  padding: number,
  dilation: number,
): number[] {
  const found: number[] = [];
  for (let t = 0; t < taps; t++) {
    const o = (x + padding - t * dilation) / stride;
    if (Number.isInteger(o) && o >= 0 && o < outputs) found.push(o);
  }
  return found.sort((a, b) => a - b);
}

/** The pooled positions along one axis whose windows hold any of the feature positions. */
function poolersAlong(
  features: readonly number[],
  pooled: number,
  size: number,
  stride: number,
): number[] {
  const found = new Set<number>();
  for (const f of features) {
    for (
      let p = Math.max(0, Math.ceil((f - size + 1) / stride));
      p <= Math.floor(f / stride) && p < pooled;
      p++
    ) {
      found.add(p);
    }
  }
  return [...found].sort((a, b) => a - b);
}

const grid = (rows: readonly number[], cols: readonly number[], width: number) =>
  rows.flatMap((r) => cols.map((c) => r * width + c));

/**
 * Which feature-map and pooled-map cells read input pixel (row, col): every feature cell
 * whose window holds the pixel, and every pooled cell whose window holds one of those.
 * Worked out axis by axis from the window formulas (a few taps), not by scanning every
 * output: on a 64x64 picture with 8 kernels this runs on every hover.
 */
export function pixelInfluence(
  row: number,
  col: number,
  kernel: Shape,
  input: Shape,
  conv: ConvSettings,
  pool: PoolSettings,
): Influence {
  const fs = featureShape(kernel, input, conv);
  if (fs.height < 1 || fs.width < 1 || !isInside(input, row, col))
    return { feature: [], pooled: [] };
  const { stride, padding, dilation } = conv;
  const rows = readersAlong(row, kernel.height, fs.height, stride, padding, dilation);
  const cols = readersAlong(col, kernel.width, fs.width, stride, padding, dilation);
  const ps = pooledShape(fs, pool);
  const pooled =
    ps.height < 1 || ps.width < 1
      ? []
      : grid(
          poolersAlong(rows, ps.height, pool.size, pool.stride),
          poolersAlong(cols, ps.width, pool.size, pool.stride),
          ps.width,
        );
  return { feature: grid(rows, cols, fs.width), pooled };
}
