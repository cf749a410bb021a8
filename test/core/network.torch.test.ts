// The core against PyTorch: random small networks of every layer type, written as network
// files, rebuilt in torch float64 from the functional ops by test/core/torchNetwork.py (one
// Python process for every case), which prints logits, loss, every gradient by autograd and
// short SGD and Adam training runs. The core must give the same numbers within 1e-9.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  forward,
  initializeNetwork,
  lossAndGradients,
  networkToJson,
  parseNetwork,
  seededRandom,
  SEED_NETWORK,
  SEED_X,
  tensorFromArrays,
  tensorFromMatrix,
  tensorToArrays,
  train,
  type LayerJson,
  type Network,
  type NetworkJson,
  type Random,
  type Tensor,
  type TrainOptions,
} from '../../src/core';

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'torchNetwork.py');
const TIMEOUT = 120_000;
// Sums run in different orders in torch and here; nothing else may differ.
const TOLERANCE = 1e-9;

type Shape = [c: number, h: number, w: number];

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

interface GradientCase {
  readonly net: Network;
  readonly input: Tensor;
  readonly label: number;
}

interface TrainingCase {
  readonly net: Network;
  readonly examples: { input: Tensor; label: number }[];
  readonly options: TrainOptions;
}

const classCount = (net: Network): number => net.shapes[net.shapes.length - 1]![0];

function gradientCases(): GradientCase[] {
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

function trainingCases(): TrainingCase[] {
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

const GRADIENT_CASES = gradientCases();
const TRAINING_CASES = trainingCases();

interface TorchGradients {
  logits: number[];
  loss: number;
  gradients: ({ weight: number[]; bias: number[] } | null)[];
  inputGradient: number[];
}
interface TorchTraining {
  losses: number[];
  weights: ({ weight: number[]; bias: number[] } | null)[];
}

/** Expects a and b equal within TOLERANCE (relative beyond 1), saying where they are not. */
function expectClose(actual: ArrayLike<number>, expected: readonly number[], where: string): void {
  expect(actual.length, `${where}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const b = expected[i]!;
    const difference = Math.abs(a - b) / Math.max(1, Math.abs(b));
    if (!(difference <= TOLERANCE)) {
      expect.fail(`${where}[${i}]: core ${a}, torch ${b} (difference ${Math.abs(a - b)})`);
    }
  }
}

const weightsOf = (net: Network): ({ weight: Float64Array; bias: Float64Array } | null)[] =>
  net.layers.map((layer) =>
    layer.type === 'conv2d' || layer.type === 'linear'
      ? { weight: layer.weight, bias: layer.bias }
      : null,
  );

/** Every max pooling window of the net on `input` whose maximum is there more than once. */
function tiedWindows(net: Network, input: Tensor): number {
  const outputs = [input, ...forward(net, input)];
  let ties = 0;
  net.layers.forEach((layer, i) => {
    if (layer.type !== 'maxPool2d') return;
    const x = outputs[i]!;
    const [c, oh, ow] = net.shapes[i]!;
    for (let k = 0; k < c; k++) {
      for (let r = 0; r < oh; r++) {
        for (let q = 0; q < ow; q++) {
          const cells: number[] = [];
          for (let a = 0; a < layer.size; a++) {
            for (let b = 0; b < layer.size; b++) {
              const row = r * layer.stride + a;
              const col = q * layer.stride + b;
              cells.push(x.data[(k * x.height + row) * x.width + col]!);
            }
          }
          const max = Math.max(...cells);
          if (cells.filter((v) => v === max).length > 1) ties += 1;
        }
      }
    }
  });
  return ties;
}

describe('the random networks', () => {
  it('cover every layer type and every conv2d setting, and ties in max pooling', () => {
    const layers = GRADIENT_CASES.flatMap(({ net }) => net.layers);
    const types = new Set(layers.map((l) => l.type));
    expect([...types].sort()).toEqual(
      [
        'avgPool2d',
        'conv2d',
        'flatten',
        'leakyRelu',
        'linear',
        'maxPool2d',
        'pad',
        'relu',
        'sigmoid',
        'tanh',
      ].sort(),
    );
    const convs = layers.filter((l) => l.type === 'conv2d');
    expect(convs.some((l) => l.inChannels > 1 && l.outChannels > 1)).toBe(true);
    expect(convs.some((l) => l.kernelHeight !== l.kernelWidth)).toBe(true);
    expect(new Set(convs.map((l) => l.stride))).toEqual(new Set([1, 2, 3]));
    expect(new Set(convs.map((l) => l.padding))).toEqual(new Set([0, 1, 2]));
    expect(new Set(convs.map((l) => l.dilation))).toEqual(new Set([1, 2]));
    expect(new Set(convs.map((l) => l.divisor))).toEqual(new Set([1, 9, 2.5, -4]));
    expect(convs.some((l) => l.bias.some((b) => b !== 0))).toBe(true);
    const pads = layers.filter((l) => l.type === 'pad');
    expect(pads.some((l) => l.value !== 0)).toBe(true);
    const tied = GRADIENT_CASES.filter(({ net, input }) => tiedWindows(net, input) > 0);
    expect(tied.length).toBeGreaterThanOrEqual(10);
    expect(new Set(GRADIENT_CASES.map(({ net }) => classCount(net)))).toEqual(new Set([2, 3, 4]));
    expect(TRAINING_CASES.length).toBe(16);
  });
});

describe('the core against PyTorch (float64, autograd, torch.optim)', () => {
  let dir = '';
  let torch: { gradients: TorchGradients[]; training: TorchTraining[] } | null = null;
  let setupError: unknown = null;
  function results(): { gradients: TorchGradients[]; training: TorchTraining[] } {
    if (setupError !== null) throw setupError;
    return torch!;
  }

  beforeAll(() => {
    try {
      execFileSync(PYTHON, ['-c', 'import torch'], { stdio: 'pipe', timeout: TIMEOUT });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      setupError = new Error(
        `${PYTHON} cannot import torch: run \`apt-get install python3-torch\` (.ci/run ` +
          `installs it) to compare the network core with PyTorch.\n${detail}`,
        { cause: error },
      );
      return;
    }
    dir = mkdtempSync(join(tmpdir(), 'cnn-torch-network-'));
    const path = join(dir, 'cases.json');
    const example = (input: Tensor, label: number) => ({ input: tensorToArrays(input), label });
    writeFileSync(
      path,
      JSON.stringify({
        gradients: GRADIENT_CASES.map(({ net, input, label }) => ({
          network: networkToJson(net),
          ...example(input, label),
        })),
        training: TRAINING_CASES.map(({ net, examples, options }) => ({
          network: networkToJson(net),
          examples: examples.map((e) => example(e.input, e.label)),
          options,
        })),
      }),
    );
    try {
      const out = execFileSync(PYTHON, [SCRIPT, path], {
        encoding: 'utf8',
        timeout: TIMEOUT,
        maxBuffer: 256 * 1024 * 1024,
      });
      torch = JSON.parse(out) as typeof torch;
    } catch (error) {
      setupError = error;
    }
  }, TIMEOUT);

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('give the same logits, loss, weight, bias and input gradients', () => {
    const { gradients } = results();
    expect(gradients).toHaveLength(GRADIENT_CASES.length);
    GRADIENT_CASES.forEach(({ net, input, label }, i) => {
      const t = gradients[i]!;
      const ours = lossAndGradients(net, input, label);
      expectClose(ours.logits, t.logits, `case ${i} logits`);
      expectClose([ours.loss], [t.loss], `case ${i} loss`);
      weightsOf(ours.gradients).forEach((g, l) => {
        expect(g === null, `case ${i} layer ${l}`).toBe(t.gradients[l] === null);
        if (g === null) return;
        expectClose(g.weight, t.gradients[l]!.weight, `case ${i} layer ${l} weight gradient`);
        expectClose(g.bias, t.gradients[l]!.bias, `case ${i} layer ${l} bias gradient`);
      });
      expectClose(ours.inputGradient.data, t.inputGradient, `case ${i} input gradient`);
    });
  });

  it('give the seed network on the seed X the same loss and gradients', () => {
    const { gradients } = results();
    const i = GRADIENT_CASES.length - 2;
    const ours = lossAndGradients(SEED_NETWORK, tensorFromMatrix(SEED_X), 0);
    // The seed network says X for the seed's X.
    expect(ours.probabilities[0]).toBeGreaterThan(0.9);
    expect(gradients[i]!.loss).toBeCloseTo(ours.loss, 12);
  });

  it('train as torch.optim.SGD and torch.optim.Adam do: the same losses and final weights', () => {
    const { training } = results();
    expect(training).toHaveLength(TRAINING_CASES.length);
    TRAINING_CASES.forEach(({ net, examples, options }, i) => {
      const t = training[i]!;
      const where = `training ${i} (${JSON.stringify(options)})`;
      const ours = train(net, examples, options);
      expect(ours.diverged, where).toBeUndefined();
      expectClose(ours.losses, t.losses, `${where} losses`);
      const before = weightsOf(net);
      weightsOf(ours.network).forEach((w, l) => {
        if (w === null) return;
        expectClose(w.weight, t.weights[l]!.weight, `${where} layer ${l} weight`);
        expectClose(w.bias, t.weights[l]!.bias, `${where} layer ${l} bias`);
        // A frozen layer keeps its weights exactly; the others move.
        const frozen = options.freeze?.includes(l) ?? false;
        expect(
          w.weight.every((v, k) => v === before[l]!.weight[k]),
          `${where} ${l}`,
        ).toBe(frozen);
      });
    });
  });
});
