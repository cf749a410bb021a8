import type { Layer, Network } from './networkTypes';
import { seededRandom, uniform } from './random';

/**
 * The network with fresh random weights from a seed, as PyTorch's default initialisation of
 * Conv2d and Linear: every weight and bias uniform in ±1/sqrt(fan_in), where fan_in is a
 * kernel's in-channels x height x width or a linear layer's inputs. Layers are filled in
 * order, weights before biases, from one seeded stream: the same seed gives the same
 * network everywhere.
 */
export function initializeNetwork(net: Network, seed: number): Network {
  if (!Number.isInteger(seed)) {
    throw new RangeError(`initializeNetwork: seed must be an integer, got ${seed}`);
  }
  const random = seededRandom(seed);
  const fill = (length: number, bound: number): Float64Array => {
    const a = new Float64Array(length);
    for (let i = 0; i < length; i++) a[i] = uniform(random, -bound, bound);
    return a;
  };
  const layers = net.layers.map((layer): Layer => {
    if (layer.type === 'conv2d') {
      const bound = 1 / Math.sqrt(layer.inChannels * layer.kernelHeight * layer.kernelWidth);
      return {
        ...layer,
        weight: fill(layer.weight.length, bound),
        bias: fill(layer.bias.length, bound),
      };
    }
    if (layer.type === 'linear') {
      const bound = 1 / Math.sqrt(layer.inFeatures);
      return {
        ...layer,
        weight: fill(layer.weight.length, bound),
        bias: fill(layer.bias.length, bound),
      };
    }
    return layer;
  });
  return { ...net, layers };
}
