import type { Layer } from '../core';
import {
  describeLayer,
  printProbabilities,
  pyClasses,
  pictureWords,
  pyInput,
  pyNested,
  type NetworkExport,
  type NetworkExportOptions,
} from './pythonNetworkValues';
import { pyNumber, section } from './pythonValues';

const FUNCTIONS = `def conv2d(x, weight, bias, stride, padding, dilation, divisor):
    """Each kernel slides over every channel: the sum of products, divided, plus the bias."""
    weight = np.array(weight, dtype=np.float64)
    channels, height, width = x.shape
    kernels, _, kernel_h, kernel_w = weight.shape
    x = np.pad(x, ((0, 0), (padding, padding), (padding, padding)))
    out_h = (height + 2 * padding - dilation * (kernel_h - 1) - 1) // stride + 1
    out_w = (width + 2 * padding - dilation * (kernel_w - 1) - 1) // stride + 1
    out = np.zeros((kernels, out_h, out_w))
    for k in range(kernels):
        for h in range(out_h):
            for w in range(out_w):
                v_start = h * stride
                h_start = w * stride
                v_end = v_start + dilation * (kernel_h - 1) + 1
                h_end = h_start + dilation * (kernel_w - 1) + 1
                window = x[:, v_start:v_end:dilation, h_start:h_end:dilation]
                out[k, h, w] = np.sum(np.multiply(window, weight[k])) / divisor + bias[k]
    return out


def pad(x, top, right, bottom, left, value):
    """Rows above and below, columns left and right, of one value."""
    return np.pad(x, ((0, 0), (top, bottom), (left, right)), constant_values=value)


def pool(x, size, stride, kind):
    """Windows that fit (PyTorch's floor mode): their largest value, or their mean."""
    channels, height, width = x.shape
    out_h = (height - size) // stride + 1
    out_w = (width - size) // stride + 1
    out = np.zeros((channels, out_h, out_w))
    for c in range(channels):
        for h in range(out_h):
            for w in range(out_w):
                v_start = h * stride
                h_start = w * stride
                window = x[c, v_start:v_start + size, h_start:h_start + size]
                out[c, h, w] = np.max(window) if kind == "max" else np.sum(window) / (size * size)
    return out


def relu(x):
    return (np.abs(x) + x) / 2


def leaky_relu(x, slope):
    return np.where(x > 0, x, slope * x)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def tanh(x):
    return np.tanh(x)


def flatten(x):
    """Channel first, then row, then column."""
    return x.reshape(-1)


def linear(x, weight, bias):
    """Each class's score: the sum of feature x vote, plus the class's bias."""
    weight = np.array(weight, dtype=np.float64)
    out = np.zeros(len(bias))
    for c in range(len(bias)):
        out[c] = np.sum(np.multiply(weight[c], x)) + bias[c]
    return out


def softmax(logits):
    e = np.exp(logits - np.max(logits))
    return e / np.sum(e)`;

/** The Python statements of layer i (its weights first, as variables). */
function layerCode(layer: Layer, i: number): string {
  switch (layer.type) {
    case 'conv2d': {
      const { outChannels, inChannels, kernelHeight, kernelWidth } = layer;
      const dims = [outChannels, inChannels, kernelHeight, kernelWidth];
      return [
        `weight_${i} = ${pyNested(layer.weight, dims)}`,
        `bias_${i} = ${pyNested(layer.bias, [layer.bias.length])}`,
        `x = conv2d(x, weight_${i}, bias_${i}, stride=${layer.stride}, padding=${layer.padding}, ` +
          `dilation=${layer.dilation}, divisor=${pyNumber(layer.divisor)})`,
      ].join('\n');
    }
    case 'pad':
      return `x = pad(x, top=${layer.top}, right=${layer.right}, bottom=${layer.bottom}, left=${layer.left}, value=${pyNumber(layer.value)})`;
    case 'maxPool2d':
    case 'avgPool2d': {
      const kind = layer.type === 'maxPool2d' ? 'max' : 'avg';
      return `x = pool(x, size=${layer.size}, stride=${layer.stride}, kind="${kind}")`;
    }
    case 'relu':
    case 'sigmoid':
    case 'tanh':
      return `x = ${layer.type}(x)`;
    case 'leakyRelu':
      return `x = leaky_relu(x, slope=${pyNumber(layer.slope)})`;
    case 'flatten':
      return 'x = flatten(x)';
    case 'linear':
      return [
        `weight_${i} = ${pyNested(layer.weight, [layer.outFeatures, layer.inFeatures])}`,
        `bias_${i} = ${pyNested(layer.bias, [layer.outFeatures])}`,
        `x = linear(x, weight_${i}, bias_${i})`,
      ].join('\n');
  }
}

/**
 * The page's whole network as a NumPy program with loops, in the seed's style: the picture,
 * every layer in order (each with its weights), the softmax, and each class's probability.
 */
export function networkNumpyCode(
  { network, input }: NetworkExport,
  options: NetworkExportOptions = {},
): string {
  const layers = network.layers.map(
    (layer, i) =>
      `# layer ${i}: ${describeLayer(layer, network.shapes[i]!)}\n${layerCode(layer, i)}`,
  );
  return [
    "# The page's whole network in NumPy loops (CNN Playground): every block, the votes, softmax.",
    ...(options.printJson ? ['import json', ''] : []),
    'import numpy as np',
    '',
    section('Input'),
    `# The picture: ${pictureWords(input)}.`,
    `x = np.array([${pyInput(input)}], dtype=np.float64)`,
    `classes = ${pyClasses(network)}`,
    '',
    section('Layers'),
    FUNCTIONS,
    '',
    '',
    section('The network'),
    layers.join('\n\n'),
    '',
    'probabilities = softmax(x)',
    printProbabilities('probabilities', options),
    '',
  ].join('\n');
}
