import {
  edgePadding,
  LEAKY_RELU_SLOPE,
  outputSize,
  type ActivationKind,
  type Conv2dLayer,
  type Layer,
  type Matrix,
  type PoolEdge,
  type PoolSettings,
} from '../core';
import type { Block } from './block';
import { LIMITS } from './limits';
import type { NetworkRefusal } from './stateFromNetworkRefusal';

type Read<T> = { readonly value: T; readonly next: number } | { readonly refusal: NetworkRefusal };

const ACTIVATION_TYPES: readonly string[] = ['relu', 'leakyRelu', 'sigmoid', 'tanh'];

function range(layer: number, field: string, value: number, [min, max]: readonly [number, number]) {
  const ok = Number.isInteger(value) && value >= min && value <= max;
  return ok ? null : ({ kind: 'setting', layer, field, value, min, max } as const);
}

function kernelsOf(conv: Conv2dLayer): Matrix[][] {
  const { outChannels, inChannels, kernelHeight: h, kernelWidth: w, weight } = conv;
  return Array.from({ length: outChannels }, (_, k) =>
    Array.from({ length: inChannels }, (_, c) => {
      const from = (k * inChannels + c) * h * w;
      return { height: h, width: w, data: weight.slice(from, from + h * w) };
    }),
  );
}

/** The convolution of a block: kernels, settings; refused outside the page's ranges. */
function readConv(conv: Conv2dLayer, i: number, normalizeBefore: boolean) {
  const count = conv.outChannels;
  if (count < LIMITS.kernels[0] || count > LIMITS.kernels[1]) {
    return { refusal: { kind: 'kernels', layer: i, count, max: LIMITS.kernels[1] } as const };
  }
  const [h, w, max] = [conv.kernelHeight, conv.kernelWidth, LIMITS.kernelSize[1]];
  if (h > max || w > max) {
    return { refusal: { kind: 'kernelSize', layer: i, height: h, width: w, max } as const };
  }
  const bias = conv.bias[0]!;
  if (!conv.bias.every((b) => b === bias))
    return { refusal: { kind: 'biases', layer: i } as const };
  const refused =
    range(i, 'stride', conv.stride, LIMITS.convStride) ??
    range(i, 'padding', conv.padding, LIMITS.padding) ??
    range(i, 'dilation', conv.dilation, LIMITS.dilation);
  if (refused) return { refusal: refused };
  const cells = h * w * conv.inChannels;
  if (conv.divisor !== 1 && conv.divisor !== cells) {
    return { refusal: { kind: 'divisor', layer: i, divisor: conv.divisor, cells } as const };
  }
  // A divisor of 1 for one cell is both: the page keeps what it had.
  const normalize = conv.divisor === 1 && cells === 1 ? normalizeBefore : conv.divisor === cells;
  const { stride, padding, dilation } = conv;
  return { kernels: kernelsOf(conv), conv: { stride, padding, dilation, bias, normalize } };
}

/**
 * The block starting at layers[i] (conv2d -> activation -> the pooling edge's pad ->
 * pooling), with the map size [height, width] it reads. `before` is the page's block at this
 * place, if any: where the file cannot tell two settings apart (the seed's zero edge or ceil
 * mode; divide by 1 or by one cell), the page keeps the one it had.
 */
export function readBlock(
  layers: readonly Layer[],
  i: number,
  [height, width]: readonly [number, number],
  before: Block | undefined,
): Read<Block> {
  const conv = layers[i]!;
  if (conv.type !== 'conv2d') return order(layers, i, 'conv2d');
  const read = readConv(conv, i, before?.conv.normalize ?? true);
  if ('refusal' in read) return { refusal: read.refusal };
  const act = layers[i + 1];
  if (!act || !ACTIVATION_TYPES.includes(act.type)) return order(layers, i + 1, 'activation');
  if (act.type === 'leakyRelu' && act.slope !== LEAKY_RELU_SLOPE) {
    const refusal = { kind: 'slope', layer: i + 1, slope: act.slope, expected: LEAKY_RELU_SLOPE };
    return { refusal: refusal as NetworkRefusal };
  }
  const activation = act.type as ActivationKind;
  const { stride, padding, dilation } = read.conv;
  const h = outputSize(height, conv.kernelHeight, stride, padding, dilation);
  const w = outputSize(width, conv.kernelWidth, stride, padding, dilation);
  const padAt = layers[i + 2]?.type === 'pad' ? i + 2 : -1;
  const poolAt = padAt === -1 ? i + 2 : i + 3;
  const pool = layers[poolAt];
  if (pool?.type !== 'maxPool2d' && pool?.type !== 'avgPool2d')
    return order(layers, poolAt, 'pool');
  const refused =
    range(poolAt, 'size', pool.size, LIMITS.poolSize) ??
    range(poolAt, 'stride', pool.stride, LIMITS.poolStride);
  if (refused) return { refusal: refused };
  const kind = pool.type === 'maxPool2d' ? 'max' : 'avg';
  const bottom = Math.max(0, edgePadding(h, pool.size, pool.stride));
  const right = Math.max(0, edgePadding(w, pool.size, pool.stride));
  const ceilFits = kind === 'max' && (activation === 'relu' || activation === 'sigmoid');
  const had = before?.pool.edge;
  let edge: PoolEdge;
  if (padAt !== -1) {
    const pad = layers[padAt]!;
    const edgePad =
      pad.type === 'pad' &&
      pad.top === 0 &&
      pad.left === 0 &&
      pad.value === 0 &&
      pad.bottom === bottom &&
      pad.right === right;
    if (!edgePad || (bottom === 0 && right === 0))
      return { refusal: { kind: 'pad', layer: padAt } };
    edge = had === 'ceil' && ceilFits ? 'ceil' : 'pad';
  } else if (bottom === 0 && right === 0) {
    edge = had === undefined || (had === 'ceil' && !ceilFits) ? 'pad' : had;
  } else {
    edge = 'drop';
  }
  const poolSettings: PoolSettings = { kind, size: pool.size, stride: pool.stride, edge };
  return {
    value: { kernels: read.kernels, conv: read.conv, pool: poolSettings, activation },
    next: poolAt + 1,
  };
}

/** A refusal for the layer at i (or the end of the file) where a block needs `expected`. */
export function order(
  layers: readonly Layer[],
  i: number,
  expected: Extract<NetworkRefusal, { kind: 'order' }>['expected'],
): { refusal: NetworkRefusal } {
  if (layers[i]?.type === 'pad') return { refusal: { kind: 'pad', layer: i } };
  const found = layers[i]?.type ?? '';
  return { refusal: { kind: 'order', layer: Math.min(i, layers.length), found, expected } };
}
