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
import { classCount, gradientCases, trainingCases } from './torchCases';
import {
  forward,
  lossAndGradients,
  networkToJson,
  SEED_NETWORK,
  SEED_X,
  tensorFromMatrix,
  tensorToArrays,
  train,
  type Network,
  type Tensor,
} from '../../src/core';

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'torchNetwork.py');
const TIMEOUT = 120_000;
// Sums run in different orders in torch and here; nothing else may differ.
const TOLERANCE = 1e-9;

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
