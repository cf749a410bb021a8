// The cases of the PyTorch cross-check (network.torch.test.ts): seeded random small networks
// of every layer type, with inputs drawn so that max pooling ties are common, and training
// runs of every optimizer setting.
import {
  initializeNetwork,
  parseNetwork,
  seededRandom,
  SEED_NETWORK,
  SEED_X,
  tensorFromArrays,
  tensorFromMatrix,
  type LayerJson,
  type Network,
  type NetworkJson,
  type Random,
  type Tensor,
  type TrainOptions,
} from '../../src/core';

export type Shape = [c: number, h: number, w: number];

const int = (random: Random, lo: number, hi: number): number =>
  lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[int(random, 0, items.length - 1)]!;

/** Mostly -1, 0 and 1 (ties for max pooling, zeros for ReLU), sometimes any number in ±1.5. */
function tieValue(random: Random): number {
  return random() < 0.6 ? int(random, -1, 1) : (random() * 2 - 1) * 1.5;
}

function arrayOf<T>(n: number, f: () => T): T[] {
  return Array.from({ length: n }, f);
}

/** A conv2d that fits `shape`, or null when the drawn settings do not. */
function convLayer(random: Random, [c, h, w]: Shape, integerWeights: boolean): LayerJson | null {
  const out = int(random, 1, 3);
  const kh = int(random, 1, 3);
  const kw = random() < 0.7 ? kh : int(random, 1, 3);
  const stride = pick(random, [1, 1, 2, 3]);
  const padding = pick(random, [0, 0, 1, 2]);
  const dilation = pick(random, [1, 1, 2]);
  const divisor = pick(random, [1, 1, 9, 2.5, -4]);
  const oh = Math.floor((h + 2 * padding - dilation * (kh - 1) - 1) / stride) + 1;
  const ow = Math.floor((w + 2 * padding - dilation * (kw - 1) - 1) / stride) + 1;
  if (oh < 1 || ow < 1) return null;
  const weightValue = (): number => (integerWeights ? int(random, -1, 1) : random() * 2 - 1);
  const layer: LayerJson = {
    type: 'conv2d',
    weight: arrayOf(out, () => arrayOf(c, () => arrayOf(kh, () => arrayOf(kw, weightValue)))),
    bias: arrayOf(out, () => (integerWeights ? int(random, -1, 1) : random() - 0.5)),
  };
  if (stride !== 1 || random() < 0.2) layer.stride = stride;
  if (padding !== 0) layer.padding = padding;
  if (dilation !== 1) layer.dilation = dilation;
  if (divisor !== 1) layer.divisor = divisor;
  return layer;
}

/** The output shape of a spatial layer (the same rules as parseNetwork). */
function shapeAfter(layer: LayerJson, [c, h, w]: Shape): Shape {
  switch (layer.type) {
    case 'conv2d': {
      const out = layer.weight.length;
      const kh = layer.weight[0]![0]!.length;
      const kw = layer.weight[0]![0]![0]!.length;
      const { stride = 1, padding = 0, dilation = 1 } = layer;
      return [
        out,
        Math.floor((h + 2 * padding - dilation * (kh - 1) - 1) / stride) + 1,
        Math.floor((w + 2 * padding - dilation * (kw - 1) - 1) / stride) + 1,
      ];
    }
    case 'pad':
      return [c, h + layer.top + layer.bottom, w + layer.left + layer.right];
    case 'maxPool2d':
    case 'avgPool2d': {
      const stride = layer.stride ?? layer.size;
      return [
        c,
        Math.floor((h - layer.size) / stride) + 1,
        Math.floor((w - layer.size) / stride) + 1,
      ];
    }
    default:
      return [c, h, w];
  }
}

/** One spatial layer that fits `shape` (a conv, pad, pooling or activation). */
function spatialLayer(random: Random, shape: Shape, integerWeights: boolean): LayerJson {
  const [, h, w] = shape;
  for (;;) {
    const kind = pick(random, [
      'conv2d',
      'conv2d',
      'pad',
      'maxPool2d',
      'maxPool2d',
      'avgPool2d',
      'relu',
      'leakyRelu',
      'sigmoid',
      'tanh',
    ] as const);
    if (kind === 'conv2d') {
      const layer = convLayer(random, shape, integerWeights);
      if (layer !== null) return layer;
    } else if (kind === 'pad') {
      const layer: LayerJson = {
        type: 'pad',
        top: int(random, 0, 2),
        right: int(random, 0, 2),
        bottom: int(random, 0, 1),
        left: int(random, 0, 1),
      };
      if (random() < 0.6) layer.value = pick(random, [0, -1, 0.5, 1]);
      return layer;
    } else if (kind === 'maxPool2d' || kind === 'avgPool2d') {
      const size = int(random, 2, 3);
      if (size > h || size > w) continue;
      const layer: LayerJson = { type: kind, size };
      const stride = int(random, 1, size);
      if (stride !== size || random() < 0.3) layer.stride = stride;
      return layer;
    } else if (kind === 'leakyRelu') {
      return random() < 0.5 ? { type: 'leakyRelu' } : { type: 'leakyRelu', slope: 0.2 };
    } else {
      return { type: kind };
    }
  }
}

function linearLayer(random: Random, inputs: number, outputs: number): LayerJson {
  return {
    type: 'linear',
    weight: arrayOf(outputs, () => arrayOf(inputs, () => (random() * 2 - 1) * 0.6)),
    bias: arrayOf(outputs, () => random() - 0.5),
  };
}

/** A random small network: spatial layers, flatten, one or two linear layers. */
function randomNetworkJson(random: Random): NetworkJson {
  const integerWeights = random() < 0.4;
  const input: Shape = [int(random, 1, 3), int(random, 5, 10), int(random, 5, 10)];
  const layers: LayerJson[] = [];
  let shape = input;
  const spatial = int(random, 1, 5);
  for (let i = 0; i < spatial; i++) {
    const layer = spatialLayer(random, shape, integerWeights);
    layers.push(layer);
    shape = shapeAfter(layer, shape);
  }
  layers.push({ type: 'flatten' });
  const classes = int(random, 2, 4);
  let features = shape[0] * shape[1] * shape[2];
  if (random() < 0.4) {
    const hidden = int(random, 2, 5);
    layers.push(linearLayer(random, features, hidden));
    layers.push({ type: pick(random, ['relu', 'tanh', 'sigmoid', 'leakyRelu'] as const) });
    features = hidden;
  }
  layers.push(linearLayer(random, features, classes));
  return { input, layers };
}

function randomInput(random: Random, [c, h, w]: readonly [number, number, number]): Tensor {
  return tensorFromArrays(arrayOf(c, () => arrayOf(h, () => arrayOf(w, () => tieValue(random)))));
}

export interface GradientCase {
  readonly net: Network;
  readonly input: Tensor;
  readonly label: number;
}

export interface TrainingCase {
  readonly net: Network;
  readonly examples: { input: Tensor; label: number }[];
  readonly options: TrainOptions;
}

export const classCount = (net: Network): number => net.shapes[net.shapes.length - 1]![0];

export function gradientCases(): GradientCase[] {
  const random = seededRandom(20261201);
  const cases: GradientCase[] = [];
  while (cases.length < 60) {
    const net = parseNetwork(randomNetworkJson(random));
    cases.push({
      net,
      input: randomInput(random, net.input),
      label: int(random, 0, classCount(net) - 1),
    });
  }
  cases.push({ net: SEED_NETWORK, input: tensorFromMatrix(SEED_X), label: 0 });
  cases.push({ net: SEED_NETWORK, input: tensorFromMatrix(SEED_X), label: 1 });
  return cases;
}

/** The example networks for training: a conv net with every kind of layer, and random ones. */
const CONV_NET: NetworkJson = {
  input: [2, 8, 8],
  layers: [
    { type: 'conv2d', weight: zeros4(3, 2, 3, 3), bias: [0, 0, 0], padding: 1, divisor: 2 },
    { type: 'relu' },
    { type: 'pad', top: 0, right: 1, bottom: 1, left: 0, value: -0.5 },
    { type: 'maxPool2d', size: 2 },
    { type: 'conv2d', weight: zeros4(2, 3, 2, 2), bias: [0, 0], dilation: 2 },
    { type: 'tanh' },
    { type: 'avgPool2d', size: 2, stride: 1 },
    { type: 'flatten' },
    { type: 'linear', weight: zeros2(4, 2 * 1 * 1), bias: [0, 0, 0, 0] },
    { type: 'leakyRelu', slope: 0.1 },
    { type: 'linear', weight: zeros2(3, 4), bias: [0, 0, 0] },
  ],
};

function zeros4(a: number, b: number, c: number, d: number): number[][][][] {
  return arrayOf(a, () => arrayOf(b, () => arrayOf(c, () => arrayOf(d, () => 0))));
}
function zeros2(a: number, b: number): number[][] {
  return arrayOf(a, () => arrayOf(b, () => 0));
}

const TRAINING_OPTIONS: TrainOptions[] = [
  { optimizer: 'sgd', learningRate: 0.1, batchSize: 2, steps: 8 },
  { optimizer: 'sgd', learningRate: 0.05, batchSize: 3, steps: 10, momentum: 0.9 },
  { optimizer: 'sgd', learningRate: 0.1, batchSize: 4, steps: 6, weightDecay: 0.01 },
  {
    optimizer: 'sgd',
    learningRate: 0.05,
    batchSize: 3,
    steps: 7,
    momentum: 0.9,
    weightDecay: 0.01,
  },
  { optimizer: 'adam', learningRate: 0.01, batchSize: 2, steps: 9 },
  { optimizer: 'adam', learningRate: 0.02, batchSize: 4, steps: 5, weightDecay: 0.01 },
  {
    optimizer: 'adam',
    learningRate: 0.005,
    batchSize: 3,
    steps: 10,
    beta1: 0.8,
    beta2: 0.99,
    epsilon: 1e-6,
    weightDecay: 0.01,
  },
  // Frozen layers: the first conv and the last linear of CONV_NET keep their weights.
  { optimizer: 'sgd', learningRate: 0.1, batchSize: 2, steps: 8, momentum: 0.9, freeze: [0, 10] },
  { optimizer: 'adam', learningRate: 0.01, batchSize: 3, steps: 6, freeze: [4] },
];

export function trainingCases(): TrainingCase[] {
  const random = seededRandom(7);
  const conv = parseNetwork(CONV_NET);
  return TRAINING_OPTIONS.flatMap((options, i) => {
    // Each optimizer on CONV_NET with fresh weights, and the unfrozen ones on a random net too.
    const nets = [initializeNetwork(conv, 100 + i)];
    if (options.freeze === undefined) nets.push(parseNetwork(randomNetworkJson(random)));
    return nets.map((net) => ({
      net,
      examples: arrayOf(int(random, 3, 5), () => ({
        input: randomInput(random, net.input),
        label: int(random, 0, classCount(net) - 1),
      })),
      options,
    }));
  });
}
