import type { LayerOp } from './layerOp';
import type { Layer, Network } from './networkTypes';

/**
 * A network with the same layers as `net` whose conv2d and linear weights and biases are
 * copies of the given arrays (each op's `parameters` or `gradients`).
 */
export function withWeights(
  net: Network,
  ops: readonly LayerOp[],
  pick: 'parameters' | 'gradients',
): Network {
  const layers = net.layers.map((layer, i): Layer => {
    if (layer.type !== 'conv2d' && layer.type !== 'linear') return layer;
    const [weight, bias] = ops[i]![pick] as [Float64Array, Float64Array];
    return { ...layer, weight: weight.slice(), bias: bias.slice() };
  });
  return { ...net, layers };
}
