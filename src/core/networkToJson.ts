import type { LayerJson, Network, NetworkJson } from './networkTypes';

/**
 * The network file of a network: plain JSON (every default written out), so that
 * `parseNetwork(networkToJson(n))` equals `n`.
 */
export function networkToJson(net: Network): NetworkJson {
  const json: NetworkJson = {
    input: [net.input[0], net.input[1], net.input[2]],
    layers: net.layers.map((layer): LayerJson => {
      switch (layer.type) {
        case 'conv2d':
          return {
            type: 'conv2d',
            weight: nest(layer.weight, [
              layer.outChannels,
              layer.inChannels,
              layer.kernelHeight,
              layer.kernelWidth,
            ]) as number[][][][],
            bias: Array.from(layer.bias),
            stride: layer.stride,
            padding: layer.padding,
            dilation: layer.dilation,
            divisor: layer.divisor,
          };
        case 'linear':
          return {
            type: 'linear',
            weight: nest(layer.weight, [layer.outFeatures, layer.inFeatures]) as number[][],
            bias: Array.from(layer.bias),
          };
        case 'pad':
          return { ...layer };
        case 'maxPool2d':
        case 'avgPool2d':
          return { type: layer.type, size: layer.size, stride: layer.stride };
        case 'leakyRelu':
          return { type: 'leakyRelu', slope: layer.slope };
        default:
          return { type: layer.type };
      }
    }),
  };
  if (net.classes) json.classes = [...net.classes];
  return json;
}

/** Flat row-major numbers as nested lists of the given shape. */
function nest(data: Float64Array, shape: readonly number[]): unknown[] {
  const [n, ...rest] = shape as [number, ...number[]];
  if (rest.length === 0) return Array.from(data.subarray(0, n));
  const inner = rest.reduce((a, b) => a * b, 1);
  return Array.from({ length: n }, (_, i) => nest(data.subarray(i * inner, (i + 1) * inner), rest));
}
