import {
  convWindow,
  pixelInfluence,
  pooledInputRegion,
  poolWindow,
  type KernelResult,
  type Matrix,
  type PipelineConfig,
} from '../core';

/** The stages a map can belong to, as in its `data-map` id. */
export type MapKind = 'input' | 'kernel' | 'conv' | 'pool' | 'relu';

/** A cell someone points at (hovers, focuses, taps, or steps to): map, kernel, row-major index. */
export interface Probe {
  readonly map: MapKind;
  /** Kernel index from 0; 0 for the input. */
  readonly k: number;
  readonly index: number;
}

/** The `data-map` id of a map. */
export function mapId(map: MapKind, k: number): string {
  return map === 'input' ? 'input' : `${map}-${k}`;
}

/** The map a probe points into, if it still exists (settings or kernels may have changed). */
export function probedMap(probe: Probe, ctx: ProbeContext): Matrix | null {
  if (probe.map === 'input') return ctx.input;
  if (probe.map === 'kernel') return ctx.kernels[probe.k] ?? null;
  const r = ctx.results[probe.k];
  if (!r) return null;
  return (probe.map === 'conv' ? r.feature : probe.map === 'pool' ? r.pooled : r.activated).map;
}

/** True when the probed cell is still a cell of its map (a pin outlives shape changes). */
export function probeExists(probe: Probe, ctx: ProbeContext): boolean {
  const m = probedMap(probe, ctx);
  return (
    m !== null && Number.isInteger(probe.index) && probe.index >= 0 && probe.index < m.data.length
  );
}

/** Cells to outline, per map id. */
export type Highlights = ReadonlyMap<string, ReadonlySet<number>>;

export interface ProbeContext {
  readonly input: Matrix;
  readonly kernels: readonly Matrix[];
  readonly config: PipelineConfig;
  readonly results: readonly KernelResult[];
  /**
   * A colour picture: its channels (red = `input`, green, blue) and every kernel's slices,
   * `[k][channel]` (red = `kernels[k]`). Absent for a gray picture.
   */
  readonly color?: {
    readonly channels: readonly Matrix[];
    readonly stacks: readonly (readonly Matrix[])[];
  };
}

const rowCol = (index: number, width: number) =>
  [Math.floor(index / width), index % width] as const;

/**
 * The cells a probe's number comes from (or, for an input pixel, goes to), outlined in place:
 * - a feature cell: its receptive field in the input and the whole kernel;
 * - a pooled cell: its window in the map it pools and the input region behind it;
 * - an activated cell: the feature cell it came from (and that cell's receptive field);
 * - an input pixel: every cell of every later map that reads it.
 */
export function highlightsFor(probe: Probe | null, ctx: ProbeContext): Highlights {
  const out = new Map<string, Set<number>>();
  if (!probe) return out;
  const add = (id: string, cells: Iterable<number>) => {
    const set = out.get(id) ?? new Set<number>();
    for (const c of cells) set.add(c);
    out.set(id, set);
  };
  const { input, kernels, config, results } = ctx;
  if (!probeExists(probe, ctx)) return out;
  add(mapId(probe.map, probe.k), [probe.index]);
  if (probe.map === 'input') {
    const [row, col] = rowCol(probe.index, input.width);
    kernels.forEach((kernel, k) => {
      if (!results[k]?.feature.map) return;
      const influence = pixelInfluence(row, col, kernel, input, config.conv, config.pool);
      add(mapId('conv', k), influence.feature);
      add(mapId('relu', k), influence.feature);
      if (results[k]?.pooled.map) add(mapId('pool', k), influence.pooled);
    });
    return out;
  }
  const kernel = kernels[probe.k];
  const result = results[probe.k];
  const feature = result?.feature.map;
  if (!kernel || !feature) return out;
  const receptive = (index: number) => {
    const [row, col] = rowCol(index, feature.width);
    return convWindow(row, col, kernel, input, config.conv)
      .filter((x) => x.inside)
      .map((x) => x.row * input.width + x.col);
  };
  if (probe.map === 'conv' || probe.map === 'relu') {
    add('input', receptive(probe.index));
    add(mapId('kernel', probe.k), kernel.data.keys());
    if (probe.map === 'relu') add(mapId('conv', probe.k), [probe.index]);
  } else if (probe.map === 'pool' && result.pooled.map) {
    const [row, col] = rowCol(probe.index, result.pooled.map.width);
    const source = config.order === 'chain' ? 'relu' : 'conv';
    const window = poolWindow(row, col, config.pool, feature)
      .filter((x) => x.inside)
      .map((x) => x.row * feature.width + x.col);
    add(mapId(source, probe.k), window);
    add('input', pooledInputRegion(row, col, kernel, input, config.conv, config.pool));
  }
  return out;
}
