import type { Conv2dLayer, Layer, LinearLayer } from '../core';
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

const DIVIDE = `class DivideAddBias(nn.Module):
    """The page's convolution divides the sum of products by a number, then adds the bias."""

    def __init__(self, divisor, bias):
        super().__init__()
        self.divisor = divisor
        self.bias = nn.Parameter(torch.tensor(bias, dtype=torch.float64).view(-1, 1, 1))

    def forward(self, x):
        return x / self.divisor + self.bias`;

/** The nn module of a layer (weights are set afterwards). */
function moduleCode(layer: Layer): string[] {
  switch (layer.type) {
    case 'conv2d': {
      const { inChannels, outChannels, kernelHeight, kernelWidth } = layer;
      const { stride, padding, dilation, divisor } = layer;
      const args = `${inChannels}, ${outChannels}, (${kernelHeight}, ${kernelWidth}), stride=${stride}, padding=${padding}, dilation=${dilation}`;
      if (divisor === 1) return [`nn.Conv2d(${args})`];
      return [
        `nn.Conv2d(${args}, bias=False)`,
        `DivideAddBias(${pyNumber(divisor)}, ${pyNested(layer.bias, [outChannels])})`,
      ];
    }
    case 'pad': {
      const sides = `(${layer.left}, ${layer.right}, ${layer.top}, ${layer.bottom})`;
      return [
        layer.value === 0
          ? `nn.ZeroPad2d(${sides})`
          : `nn.ConstantPad2d(${sides}, ${pyNumber(layer.value)})`,
      ];
    }
    case 'maxPool2d':
      return [`nn.MaxPool2d(${layer.size}, stride=${layer.stride})`];
    case 'avgPool2d':
      return [`nn.AvgPool2d(${layer.size}, stride=${layer.stride})`];
    case 'relu':
      return ['nn.ReLU()'];
    case 'leakyRelu':
      return [`nn.LeakyReLU(${pyNumber(layer.slope)})`];
    case 'sigmoid':
      return ['nn.Sigmoid()'];
    case 'tanh':
      return ['nn.Tanh()'];
    case 'flatten':
      return ['nn.Flatten()'];
    case 'linear':
      return [`nn.Linear(${layer.inFeatures}, ${layer.outFeatures})`];
  }
}

/** The statements that copy a layer's weights into module `m` of the model. */
function weightCode(layer: Conv2dLayer | LinearLayer, m: number): string {
  const dims =
    layer.type === 'conv2d'
      ? [layer.outChannels, layer.inChannels, layer.kernelHeight, layer.kernelWidth]
      : [layer.outFeatures, layer.inFeatures];
  const lines = [
    `    model[${m}].weight.copy_(torch.tensor(${pyNested(layer.weight, dims, '    ')}))`,
  ];
  if (layer.type === 'linear' || layer.divisor === 1) {
    const bias = pyNested(layer.bias, [layer.bias.length]);
    lines.push(`    model[${m}].bias.copy_(torch.tensor(${bias}))`);
  }
  return lines.join('\n');
}

/**
 * The page's whole network as a PyTorch program: one nn.Sequential (convolutions with the
 * page's weights, each divided and given its bias, the pooling edge's zero padding, pooling,
 * flatten, the votes, softmax) in float64, and each class's probability.
 */
export function networkTorchCode(
  { network, input }: NetworkExport,
  options: NetworkExportOptions = {},
): string {
  const modules: string[] = [];
  const weights: string[] = [];
  // The index in the Sequential of the next module (a layer may be two modules).
  let index = 0;
  network.layers.forEach((layer, i) => {
    const made = moduleCode(layer);
    if (layer.type === 'conv2d' || layer.type === 'linear') weights.push(weightCode(layer, index));
    modules.push(`    # layer ${i}: ${describeLayer(layer, network.shapes[i]!)}`);
    for (const m of made) modules.push(`    ${m.replaceAll('\n', '\n    ')},`);
    index += made.length;
  });
  modules.push('    nn.Softmax(dim=1),');
  return [
    "# The page's whole network in PyTorch (CNN Playground): every block, the votes, softmax.",
    ...(options.printJson ? ['import json', ''] : []),
    'import torch',
    'from torch import nn',
    '',
    'torch.set_default_dtype(torch.float64)',
    '',
    DIVIDE,
    '',
    '',
    section('Input'),
    `# The picture: a batch of one, ${pictureWords(input)}.`,
    `x = torch.tensor([[${pyInput(input)}]], dtype=torch.float64)`,
    `classes = ${pyClasses(network)}`,
    '',
    section('The network'),
    'model = nn.Sequential(',
    ...modules,
    ')',
    "# The page's weights (nn's own are random).",
    'with torch.no_grad():',
    weights.length > 0 ? weights.join('\n') : '    pass',
    '',
    'with torch.no_grad():',
    '    probabilities = model(x)[0].tolist()',
    printProbabilities('probabilities', options),
    '',
  ].join('\n');
}
