import type { Matrix, Network } from '../core';
import type { AppState } from '../state';
import type { Votes } from '../state/votes';

/** The weights of a network's conv2d and linear layers (null for the others), as sent. */
export type LayerWeights = readonly ({
  readonly weight: Float64Array;
  readonly bias: Float64Array;
} | null)[];

/** Copies of the weights of every layer with weights. */
export function weightsOf(net: Network): LayerWeights {
  return net.layers.map((layer) =>
    layer.type === 'conv2d' || layer.type === 'linear'
      ? { weight: layer.weight.slice(), bias: layer.bias.slice() }
      : null,
  );
}

/** `net` with `weights` in place of its own (the same shapes), for the page's views. */
export function withLayerWeights(net: Network, weights: LayerWeights): Network {
  const layers = net.layers.map((layer, i) => {
    const w = weights[i];
    if (!w || (layer.type !== 'conv2d' && layer.type !== 'linear')) return layer;
    return { ...layer, weight: w.weight, bias: w.bias };
  });
  return { ...net, layers };
}

function kernelMatrices(net: Network, weights: LayerWeights, at: number): Matrix[][] | null {
  const layer = net.layers[at];
  const w = weights[at];
  if (!layer || layer.type !== 'conv2d' || !w) return null;
  const { outChannels, inChannels, kernelHeight: h, kernelWidth: kw } = layer;
  const size = h * kw;
  return Array.from({ length: outChannels }, (_, k) =>
    Array.from({ length: inChannels }, (_, c) => {
      const from = (k * inChannels + c) * size;
      return { height: h, width: kw, data: w.weight.slice(from, from + size) };
    }),
  );
}

/**
 * The page's state holding trained weights: the conv2d layers `convLayers` (block 1 first,
 * as decisionNetwork builds them) become `kernels` and each later block's kernels, the last
 * linear layer the votes. The conv biases are the page's settings and stay. Null when the
 * weights do not fit the state's blocks (the page changed since the run started).
 */
export function stateWithWeights(
  state: AppState,
  net: Network,
  convLayers: readonly number[],
  weights: LayerWeights,
): AppState | null {
  if (convLayers.length !== state.blocks.length + 1) return null;
  const kernels = convLayers.map((at) => kernelMatrices(net, weights, at));
  if (kernels.some((k) => k === null)) return null;
  const first = kernels[0]!;
  if (first.length !== state.kernels.length) return null;
  const last = net.layers.length - 1;
  const linear = net.layers[last];
  const lw = weights[last];
  if (!linear || linear.type !== 'linear' || !lw) return null;
  const votes: Votes = {
    weight: Array.from({ length: linear.outFeatures }, (_, c) =>
      Array.from(lw.weight.subarray(c * linear.inFeatures, (c + 1) * linear.inFeatures)),
    ),
    bias: Array.from(lw.bias),
  };
  return {
    ...state,
    kernels: first.map((slices) => slices[0]!),
    blocks: state.blocks.map((block, b) => ({ ...block, kernels: kernels[b + 1]! })),
    votes,
  };
}
