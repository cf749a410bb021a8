import { convWindow, poolWindow, type Matrix, type Shape } from '../core';
import type { AppState } from '../state';
import { blockSpecs } from '../state/blockLayers';
import { blockMapId } from './blockMaps';
import type { Highlights } from './probe';

/** A probed cell of a later block's feature map: block b (from 2), kernel k, cell index. */
export interface LaterProbe {
  readonly b: number;
  readonly k: number;
  readonly index: number;
}

type Cells = ReadonlySet<number>;

/** The cells of a map of shape `source` that windows over `cells` (of shape `out`) read. */
function convRegion(
  cells: Cells,
  out: Shape,
  kernel: Shape,
  source: Shape,
  conv: Parameters<typeof convWindow>[4],
) {
  const region = new Set<number>();
  for (const i of cells) {
    for (const x of convWindow(Math.floor(i / out.width), i % out.width, kernel, source, conv)) {
      if (x.inside) region.add(x.row * source.width + x.col);
    }
  }
  return region;
}

function poolRegion(
  cells: Cells,
  out: Shape,
  pool: Parameters<typeof poolWindow>[2],
  source: Shape,
) {
  const region = new Set<number>();
  for (const i of cells) {
    for (const x of poolWindow(Math.floor(i / out.width), i % out.width, pool, source)) {
      if (x.inside) region.add(x.row * source.width + x.col);
    }
  }
  return region;
}

/** Map ids of block b's maps for kernel k: the first block keeps its names. */
function ids(b: number, k: number) {
  return b === 1
    ? { conv: `conv-${k}`, relu: `relu-${k}`, pool: `pool-${k}` }
    : {
        conv: blockMapId('conv', b, k),
        relu: blockMapId('relu', b, k),
        pool: blockMapId('pool', b, k),
      };
}

/**
 * What a later block's feature-map cell is made from, through every block: its window in the
 * pooled maps of the block before (every channel), the feature and activated cells those pool,
 * and so on down to the picture. `shapes[j]` are block j+1's feature and pooled map shapes.
 */
export function blockRegion(
  state: Pick<AppState, 'input' | 'kernels' | 'config' | 'blocks'>,
  shapes: readonly { readonly feature: Shape; readonly pooled: Shape }[],
  probe: LaterProbe,
): Highlights {
  // The windows' geometry: a colour picture's slices have the red ones' size.
  const specs = blockSpecs({ ...state, color: null });
  const highlights = new Map<string, Set<number>>();
  const add = (id: string, cells: Cells) => highlights.set(id, new Set(cells));
  let cells: Cells = new Set([probe.index]);
  add(blockMapId('conv', probe.b, probe.k), cells);
  for (let j = probe.b - 1; j >= 0; j--) {
    const spec = specs[j]!;
    const kernel: Matrix = spec.kernels[0]![0]!;
    const { feature } = shapes[j]!;
    const source: Shape = j === 0 ? state.input : shapes[j - 1]!.pooled;
    const sourceCells = convRegion(cells, feature, kernel, source, spec.conv);
    if (j === 0) {
      add('input', sourceCells);
      break;
    }
    // The block before: its pooled maps (every channel), and the cells they pool.
    const before = specs[j - 1]!;
    const pooled = shapes[j - 1]!;
    const pooledFrom = poolRegion(sourceCells, pooled.pooled, before.pool, pooled.feature);
    for (let k = 0; k < before.kernels.length; k++) {
      const id = ids(j, k);
      add(id.pool, sourceCells);
      add(id.conv, pooledFrom);
      add(id.relu, pooledFrom);
    }
    cells = pooledFrom;
  }
  return highlights;
}

/** Two highlight maps as one (cells of a map present in both are joined). */
export function mergeHighlights(a: Highlights, b: Highlights | null): Highlights {
  if (!b || b.size === 0) return a;
  const merged = new Map<string, ReadonlySet<number>>(a);
  for (const [id, cells] of b) {
    const old = merged.get(id);
    merged.set(id, old ? new Set([...old, ...cells]) : cells);
  }
  return merged;
}
