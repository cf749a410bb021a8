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
 * union of the receptive fields of the feature-map cells in its window.
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
 * Which feature-map and pooled-map cells read input pixel (row, col): every feature cell
 * whose window holds the pixel, and every pooled cell whose window holds one of those.
 */
export function pixelInfluence(
  row: number,
  col: number,
  kernel: Shape,
  input: Shape,
  conv: ConvSettings,
  pool: PoolSettings,
): Influence {
  const feature: number[] = [];
  const fs = featureShape(kernel, input, conv);
  for (let r = 0; r < fs.height; r++) {
    for (let c = 0; c < fs.width; c++) {
      if (convWindow(r, c, kernel, input, conv).some((x) => x.row === row && x.col === col)) {
        feature.push(r * fs.width + c);
      }
    }
  }
  const hit = new Set(feature);
  const pooled: number[] = [];
  const ps = pooledShape(fs, pool);
  for (let r = 0; r < ps.height; r++) {
    for (let c = 0; c < ps.width; c++) {
      const cells = poolWindow(r, c, pool, fs);
      if (cells.some((x) => x.inside && hit.has(x.row * fs.width + x.col)))
        pooled.push(r * ps.width + c);
    }
  }
  return { feature, pooled };
}
