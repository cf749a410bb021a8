// The exported training program against the page's own run: Debian's python3 with torch runs
// it for a few configurations; its losses and final weights must be the page's within 1e-9.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Network } from '../../src/core';
import { reducer, seedState } from '../../src/state';
import { defaultBlock } from '../../src/state/block';
import { trainingPython } from '../../src/export/pythonTraining';
import { createRun, freshNetwork } from '../../src/train/trainRun';
import { weightsOf } from '../../src/train/trainedWeights';
import { DEFAULT_TRAIN_SETTINGS, type TrainSettings } from '../../src/train/trainSettings';
import { pageNetwork } from '../train/helpers';

const PYTHON = '/usr/bin/python3';
const TOLERANCE = 1e-9;
const dir = mkdtempSync(join(tmpdir(), 'cnn-train-python-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Torch {
  losses: number[];
  weights: ({ weight: number[]; bias: number[] } | null)[];
}

function runPython(code: string): Torch {
  const path = join(dir, `training-${Math.random().toString(36).slice(2)}.py`);
  writeFileSync(path, code);
  try {
    return JSON.parse(
      execFileSync(PYTHON, [path, '--json'], { encoding: 'utf8', timeout: 120_000 }),
    ) as Torch;
  } catch (error) {
    throw new Error(
      `${PYTHON} could not run the exported training (needs apt-get install python3-torch)`,
      { cause: error },
    );
  }
}

function close(actual: ArrayLike<number>, expected: readonly number[], where: string): void {
  expect(actual.length, where).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const d = Math.abs(actual[i]! - expected[i]!) / Math.max(1, Math.abs(expected[i]!));
    if (!(d <= TOLERANCE)) expect.fail(`${where}[${i}]: page ${actual[i]}, torch ${expected[i]}`);
  }
}

const small = { ...DEFAULT_TRAIN_SETTINGS, trainCount: 30, testCount: 10 };
const seed = pageNetwork();
const twoBlocks = pageNetwork({ ...seedState(), blocks: [defaultBlock(3)] });
// A colour page: three input channels, the seed's kernels on every one (the pictures gray).
const colour = pageNetwork(
  reducer(seedState(), {
    type: 'setColorInput',
    channels: [seedState().input, seedState().input, seedState().input],
  }),
);

const CASES: {
  name: string;
  net: Network;
  convLayers: number[];
  settings: TrainSettings;
  steps: number;
}[] = [
  {
    name: 'SGD with momentum, the seed network, votes and kernels, over two epochs',
    ...seed,
    convLayers: seed.convLayers,
    settings: { ...small, batchSize: 8 },
    steps: 9,
  },
  {
    name: 'Adam with weight decay from fresh random weights, every block of two',
    net: freshNetwork(twoBlocks.net, 4, twoBlocks.convLayers),
    convLayers: twoBlocks.convLayers,
    settings: {
      ...small,
      optimizer: 'adam',
      learningRate: 0.02,
      weightDecay: 0.01,
      learns: 'all',
      batchSize: 7,
      seed: 9,
    },
    steps: 6,
  },
  {
    name: 'Adam from fresh random weights on a colour page (three channels, every slice learns)',
    net: freshNetwork(colour.net, 3, colour.convLayers),
    convLayers: colour.convLayers,
    settings: { ...small, optimizer: 'adam', learningRate: 0.05, learns: 'all', batchSize: 6 },
    steps: 5,
  },
  {
    name: 'plain SGD on the votes only of two blocks',
    net: twoBlocks.net,
    convLayers: twoBlocks.convLayers,
    settings: { ...small, optimizer: 'sgd', learningRate: 0.3, learns: 'votes', batchSize: 5 },
    steps: 7,
  },
];

describe('the exported PyTorch training program', () => {
  for (const c of CASES) {
    it(`prints the page's losses and ends on its weights: ${c.name}`, () => {
      const run = createRun(c.net, c.settings, c.convLayers)!;
      const losses = Array.from({ length: c.steps }, () => run.step()!);
      const torch = runPython(
        trainingPython({
          start: c.net,
          convLayers: c.convLayers,
          settings: c.settings,
          steps: c.steps,
        }),
      );
      close(losses, torch.losses, 'losses');
      const before = weightsOf(c.net);
      weightsOf(run.network()).forEach((w, l) => {
        expect(w === null, `layer ${l}`).toBe(torch.weights[l] === null);
        if (w === null) return;
        close(w.weight, torch.weights[l]!.weight, `layer ${l} weight`);
        close(w.bias, torch.weights[l]!.bias, `layer ${l} bias`);
        // The conv biases are settings: exactly as they were.
        if (c.convLayers.includes(l))
          expect(Array.from(w.bias)).toEqual(Array.from(before[l]!.bias));
      });
    }, 120_000);
  }

  it('goes on from the middle of a run whose settings changed, at its place in the epochs', () => {
    const settings = { ...small, batchSize: 8 };
    const first = createRun(seed.net, settings, seed.convLayers)!;
    for (let s = 0; s < 5; s++) first.step();
    const middle = first.network();
    const changed = { ...settings, optimizer: 'adam', learningRate: 0.01 } as const;
    const rest = createRun(middle, changed, seed.convLayers, 5)!;
    const losses = Array.from({ length: 4 }, () => rest.step()!);
    const torch = runPython(
      trainingPython({
        start: middle,
        convLayers: seed.convLayers,
        settings: changed,
        steps: 4,
        firstStep: 5,
      }),
    );
    close(losses, torch.losses, 'losses');
    close(weightsOf(rest.network()).at(-1)!.weight, torch.weights.at(-1)!.weight, 'votes');
  }, 120_000);

  it('prints one line per step for a reader', () => {
    const code = trainingPython({
      start: seed.net,
      convLayers: seed.convLayers,
      settings: small,
      steps: 2,
    });
    const path = join(dir, 'readable.py');
    writeFileSync(path, code);
    const out = execFileSync(PYTHON, [path], { encoding: 'utf8', timeout: 120_000 });
    expect(
      out
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(0, 16)),
    ).toEqual(['step     1  loss', 'step     2  loss']);
  }, 120_000);
});
