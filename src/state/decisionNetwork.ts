import {
  convDivisor,
  edgePadding,
  forward,
  parseNetwork,
  outputSize,
  SEED_FEATURES,
  SEED_VOTES,
  toRows,
  xoExamples,
  XO_CLASSES,
  type LayerJson,
  type Network,
} from '../core';
import type { AppState } from './appState';

/** Why the page's settings give no decision. */
export type DecisionProblem =
  /** Kernels of different sizes cannot be one convolution layer. */
  | { readonly kind: 'kernelSizes' }
  /** Ceil-mode pooling is a zero edge only after an activation that is never negative. */
  | { readonly kind: 'ceilEdge' }
  /** The network core refused the layers (a window that does not fit, ...): its message. */
  | { readonly kind: 'core'; readonly message: string };

/**
 * Where the votes come from: `learned` are the seed network's votes (trained by the core's
 * `train`, see SEED_VOTES); `prototype` votes are set when the final maps have another shape,
 * so the learned votes mean nothing: each class votes for how much more a feature is in
 * generated pictures of that class than on average (score = vote · (features - mean));
 * `none` when the picture is too small to generate examples (all votes 0, 50 / 50).
 */
export type VotesSource = 'learned' | 'prototype' | 'none';

export type DecisionNetwork =
  | { readonly network: Network; readonly votes: VotesSource }
  | { readonly problem: DecisionProblem };

/**
 * The network that decides for the page: the first block as the usual chain (conv ->
 * activation -> the pooling edge -> pooling), flatten, and votes for "X" and "O". For max
 * pooling with ReLU this is exactly the seed's branched pooled maps after ReLU.
 */
export function decisionNetwork(
  state: Pick<AppState, 'input' | 'kernels' | 'config'>,
): DecisionNetwork {
  const { input, kernels, config } = state;
  const first = kernels[0];
  if (first === undefined) return { problem: { kind: 'core', message: 'no kernels' } };
  if (kernels.some((k) => k.height !== first.height || k.width !== first.width)) {
    return { problem: { kind: 'kernelSizes' } };
  }
  const { conv, pool, activation } = config;
  const layers: LayerJson[] = [
    {
      type: 'conv2d',
      weight: kernels.map((k) => [toRows(k)]),
      bias: kernels.map(() => conv.bias),
      stride: conv.stride,
      padding: conv.padding,
      dilation: conv.dilation,
      divisor: convDivisor(first, conv),
    },
    activation === 'leakyRelu' ? { type: 'leakyRelu' } : { type: activation },
  ];
  const { stride, padding, dilation } = conv;
  const featureHeight = outputSize(input.height, first.height, stride, padding, dilation);
  const featureWidth = outputSize(input.width, first.width, stride, padding, dilation);
  if (pool.edge !== 'drop') {
    if (
      pool.edge === 'ceil' &&
      !(pool.kind === 'max' && (activation === 'relu' || activation === 'sigmoid'))
    ) {
      return { problem: { kind: 'ceilEdge' } };
    }
    const bottom = Math.max(0, edgePadding(featureHeight, pool.size, pool.stride));
    const right = Math.max(0, edgePadding(featureWidth, pool.size, pool.stride));
    if (bottom > 0 || right > 0) layers.push({ type: 'pad', top: 0, right, bottom, left: 0 });
  }
  layers.push({
    type: pool.kind === 'max' ? 'maxPool2d' : 'avgPool2d',
    size: pool.size,
    stride: pool.stride,
  });
  layers.push({ type: 'flatten' });
  let features: Network;
  try {
    features = parseNetwork({ input: [1, input.height, input.width], layers });
  } catch (e) {
    return { problem: { kind: 'core', message: e instanceof Error ? e.message : String(e) } };
  }
  const n = features.shapes[features.shapes.length - 1]![0];
  // The learned votes read 48 features: the seed's 3 kernels of 4x4 pooled maps.
  if (n === SEED_FEATURES) {
    return {
      network: withVotes(layers, input, [SEED_VOTES.weight, SEED_VOTES.bias]),
      votes: 'learned',
    };
  }
  const prototype = prototypeVotes(features, input.height, input.width, n);
  return {
    network: withVotes(layers, input, prototype ?? zeroVotes(n)),
    votes: prototype ? 'prototype' : 'none',
  };
}

type Votes = [weight: number[][], bias: number[]];

function withVotes(layers: LayerJson[], input: AppState['input'], [weight, bias]: Votes): Network {
  return parseNetwork({
    input: [1, input.height, input.width],
    classes: [...XO_CLASSES],
    layers: [...layers, { type: 'linear', weight, bias }],
  });
}

function zeroVotes(n: number): Votes {
  return [XO_CLASSES.map(() => new Array<number>(n).fill(0)), XO_CLASSES.map(() => 0)];
}

/** Class means minus the overall mean of the features of 40 generated pictures (seed 1). */
function prototypeVotes(features: Network, height: number, width: number, n: number): Votes | null {
  if (height < 7 || width < 7 || height > 64 || width > 64) return null;
  const examples = xoExamples({ height, width, count: 40, seed: 1 });
  const sums = XO_CLASSES.map(() => new Float64Array(n));
  const all = new Float64Array(n);
  for (const e of examples) {
    const f = forward(features, e.input).at(-1)!.data;
    for (let i = 0; i < n; i++) {
      sums[e.label]![i] = sums[e.label]![i]! + f[i]!;
      all[i] = all[i]! + f[i]!;
    }
  }
  const perClass = examples.length / XO_CLASSES.length;
  const mean = Array.from(all, (v) => v / examples.length);
  const weight = sums.map((s) => Array.from(s, (v, i) => v / perClass - mean[i]!));
  const bias = weight.map((w) => -w.reduce((acc, v, i) => acc + v * mean[i]!, 0));
  return [weight, bias];
}
