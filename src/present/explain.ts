import {
  convDivisor,
  convWindow,
  pixelInfluence,
  valueAt,
  type ActivationKind,
  type Matrix,
  type PoolKind,
} from '../core';
import { probeExists, type MapKind, type Probe, type ProbeContext } from './probe';

/** One term of a convolution: input value (null on padding) times kernel weight. */
export interface Term {
  readonly input: number;
  readonly padding: boolean;
  readonly weight: number;
  readonly product: number;
}

/** One cell of a pooling window: a value, a padding zero, or absent (ceil mode). */
export interface WindowValue {
  readonly value: number;
  readonly state: 'value' | 'padding' | 'absent';
}

/** Everything needed to show how one number was made, in the numbers the maps show. */
export type Explanation =
  | {
      readonly kind: 'conv';
      readonly k: number;
      readonly row: number;
      readonly col: number;
      readonly terms: readonly Term[];
      readonly kernelWidth: number;
      /**
       * A colour picture's cell: each channel's products and their sum (red, green, blue);
       * `terms` are then the red channel's and `sum` the total over the channels.
       */
      readonly channels?: readonly { readonly terms: readonly Term[]; readonly sum: number }[];
      readonly sum: number;
      readonly divisor: number;
      readonly bias: number;
      readonly result: number;
    }
  | {
      readonly kind: 'pool';
      readonly k: number;
      readonly row: number;
      readonly col: number;
      readonly pool: PoolKind;
      readonly source: 'conv' | 'relu';
      /** The activation of the pooled map's source in chain order. */
      readonly activation: ActivationKind;
      readonly window: readonly WindowValue[];
      readonly size: number;
      /** Index in `window` of the largest value (max pooling), first one on ties. */
      readonly winner: number | null;
      readonly result: number;
    }
  | {
      readonly kind: 'act';
      readonly k: number;
      readonly row: number;
      readonly col: number;
      readonly activation: ActivationKind;
      readonly input: number;
      readonly result: number;
    }
  | {
      readonly kind: 'pixel';
      readonly row: number;
      readonly col: number;
      readonly value: number;
      /** For each kernel: how many feature cells and pooled cells read this pixel. */
      readonly reach: readonly { readonly feature: number; readonly pooled: number }[];
    };

function convExplanation(
  k: number,
  row: number,
  col: number,
  ctx: ProbeContext,
): Explanation | null {
  const { input, kernels, config, results } = ctx;
  const kernel = kernels[k];
  const feature = results[k]?.feature.map;
  if (!kernel || !feature) return null;
  const window = convWindow(row, col, kernel, input, config.conv);
  const termsOf = (picture: Matrix, slice: Matrix) =>
    window.map((x, t): Term => {
      const v = x.inside ? picture.data[x.row * picture.width + x.col]! : 0;
      const weight = slice.data[t]!;
      return { input: v, padding: !x.inside, weight, product: v * weight };
    });
  const sumOf = (terms: readonly Term[]) => terms.reduce((s, t) => s + t.product, 0);
  const terms = termsOf(input, kernel);
  const stack = ctx.color?.stacks[k];
  const channels = stack?.map((slice, c) => {
    const own = termsOf(ctx.color!.channels[c]!, slice);
    return { terms: own, sum: sumOf(own) };
  });
  return {
    kind: 'conv',
    k,
    row,
    col,
    terms,
    kernelWidth: kernel.width,
    ...(channels && { channels }),
    sum: channels ? channels.reduce((s, c) => s + c.sum, 0) : sumOf(terms),
    divisor: convDivisor(kernel, config.conv) * (stack?.length ?? 1),
    bias: config.conv.bias,
    result: valueAt(feature, row, col) ?? NaN,
  };
}

function poolExplanation(
  k: number,
  row: number,
  col: number,
  ctx: ProbeContext,
): Explanation | null {
  const { config, results } = ctx;
  const r = results[k];
  const source = config.order === 'chain' ? r?.activated.map : r?.feature.map;
  const pooled = r?.pooled.map;
  if (!source || !pooled) return null;
  const { size, stride, edge, kind } = config.pool;
  const window: WindowValue[] = [];
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const v = valueAt(source, row * stride + i, col * stride + j);
      if (v !== undefined) window.push({ value: v, state: 'value' });
      else window.push({ value: 0, state: edge === 'pad' ? 'padding' : 'absent' });
    }
  }
  let winner: number | null = null;
  if (kind === 'max') {
    window.forEach((w, i) => {
      if (w.state !== 'absent' && (winner === null || w.value > window[winner]!.value)) winner = i;
    });
  }
  const result = valueAt(pooled, row, col) ?? NaN;
  const sourceKind = config.order === 'chain' ? 'relu' : 'conv';
  return {
    kind: 'pool',
    k,
    row,
    col,
    pool: kind,
    source: sourceKind,
    activation: config.activation,
    window,
    size,
    winner,
    result,
  };
}

/** How the probed cell's number was made, or null when there is nothing to explain. */
export function explain(probe: Probe | null, ctx: ProbeContext): Explanation | null {
  if (!probe || !probeExists(probe, ctx)) return null;
  const map: MapKind = probe.map;
  if (map === 'input') {
    const { input, kernels, config, results } = ctx;
    const row = Math.floor(probe.index / input.width);
    const col = probe.index % input.width;
    const reach = kernels.map((kernel, k) => {
      if (!results[k]?.feature.map) return { feature: 0, pooled: 0 };
      const inf = pixelInfluence(row, col, kernel, input, config.conv, config.pool);
      return {
        feature: inf.feature.length,
        pooled: results[k]?.pooled.map ? inf.pooled.length : 0,
      };
    });
    return { kind: 'pixel', row, col, value: input.data[probe.index] ?? NaN, reach };
  }
  const result = ctx.results[probe.k];
  const m = map === 'pool' ? result?.pooled.map : result?.feature.map;
  if (map === 'kernel' || !m) return null;
  const row = Math.floor(probe.index / m.width);
  const col = probe.index % m.width;
  if (map === 'conv') return convExplanation(probe.k, row, col, ctx);
  if (map === 'pool') return poolExplanation(probe.k, row, col, ctx);
  const activated = result?.activated.map;
  if (!activated) return null;
  return {
    kind: 'act',
    k: probe.k,
    row,
    col,
    activation: ctx.config.activation,
    input: valueAt(m, row, col) ?? NaN,
    result: valueAt(activated, row, col) ?? NaN,
  };
}
