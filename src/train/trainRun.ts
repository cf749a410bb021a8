import {
  createTrainer,
  initializeNetwork,
  type Example,
  type Network,
  type Trainer,
} from '../core';
import { accuracy } from './accuracy';
import { epochOrder, stepsPerEpoch, trainData, type TrainData } from './trainData';
import { trainerOptions, type TrainSettings } from './trainSettings';

/** Why a run stopped by itself: the core trainer's problem at step `step` (from 0). */
export interface RunProblem {
  /** 'loss': the batch loss was not finite; 'weights': the update made a weight non-finite. */
  readonly kind: 'loss' | 'weights';
  readonly step: number;
  readonly loss: number;
}

/** One training run of the page's network: its data, its trainer, its place in the epochs. */
export interface TrainRun {
  readonly data: TrainData;
  /** Steps applied. */
  readonly steps: number;
  /** Epochs done, fractional (steps / steps per epoch). */
  readonly epochs: number;
  /**
   * Set once a step failed: the run takes no more steps and keeps the last weights whose
   * batch loss was finite (for a loss that was not, the weights before the last update).
   */
  readonly problem: RunProblem | null;
  /** One step; returns its batch loss (before the update), or null once stopped by a problem. */
  step(): number | null;
  /** The network with the current weights. */
  network(): Network;
  /** Accuracy (0..1) over the whole training and test sets, with the current weights. */
  evaluate(): { train: number; test: number };
}

/**
 * `net` with fresh random weights from `seed` (PyTorch's default initialisation, see
 * initializeNetwork), except the conv biases (`convLayers`), which are settings of the page.
 */
export function freshNetwork(net: Network, seed: number, convLayers: readonly number[]): Network {
  const fresh = initializeNetwork(net, seed);
  const layers = fresh.layers.map((layer, i) => {
    const old = net.layers[i]!;
    return convLayers.includes(i) && layer.type === 'conv2d' && old.type === 'conv2d'
      ? { ...layer, bias: old.bias.slice() }
      : layer;
  });
  return { ...fresh, layers };
}

/**
 * Starts a run of `net` (never changed) with `settings`, `startStep` steps into its epochs
 * (a run whose settings changed goes on where it was). Null when the grid is too small or
 * too large for generated examples.
 * @throws RangeError for settings the core refuses.
 */
export function createRun(
  net: Network,
  settings: TrainSettings,
  convLayers: readonly number[],
  startStep = 0,
): TrainRun | null {
  const [channels, height, width] = net.input;
  const { seed: from, trainCount, testCount, drawings } = settings;
  const data = trainData(height, width, from, trainCount, testCount, drawings, channels);
  if (data === null) return null;
  const trainer: Trainer = createTrainer(net, trainerOptions(settings, convLayers));
  const { batchSize, seed } = settings;
  const count = data.train.length;
  const perEpoch = stepsPerEpoch(count, batchSize);
  let steps = startStep;
  let problem: RunProblem | null = null;
  // The weights before the last update, and the network once stopped on them.
  let previous: Network = net;
  let current: Network = net;
  let stopped: Network | null = null;
  let orderEpoch = -1;
  let order: number[] = [];
  const batch: Example[] = [];
  return {
    data,
    get steps() {
      return steps;
    },
    get epochs() {
      return steps / perEpoch;
    },
    get problem() {
      return problem;
    },
    step() {
      if (problem !== null) return null;
      const epoch = Math.floor(steps / perEpoch);
      if (epoch !== orderEpoch) {
        order = epochOrder(count, seed, epoch);
        orderEpoch = epoch;
      }
      const at = (steps % perEpoch) * batchSize;
      batch.length = 0;
      for (let i = at; i < Math.min(count, at + batchSize); i++) batch.push(data.train[order[i]!]!);
      const result = trainer.step(batch);
      if (!result.applied) {
        problem = { kind: result.problem ?? 'loss', step: steps, loss: result.loss };
        // A loss that is not finite: the current weights are finite but already too large.
        if (problem.kind === 'loss' && steps > startStep) {
          stopped = previous;
          steps -= 1;
        }
        return null;
      }
      previous = current;
      current = trainer.network();
      steps += 1;
      return result.loss;
    },
    network: () => stopped ?? trainer.network(),
    evaluate() {
      const now = stopped ?? trainer.network();
      return { train: accuracy(now, data.train), test: accuracy(now, data.test) };
    },
  };
}
