import type { Network } from './networkTypes';
import { checkExamples, createTrainer, type Example } from './trainer';
import type { TrainerOptions } from './trainOptions';

export interface TrainOptions extends TrainerOptions {
  /** Examples per step, a positive integer. */
  readonly batchSize: number;
  /** Steps to run, a non-negative integer (at most 1,000,000). */
  readonly steps: number;
}

export interface TrainResult {
  readonly network: Network;
  /** losses[s]: the mean loss of step s's batch before its update. */
  readonly losses: number[];
  /**
   * Set when training stopped early at step `step`: its loss was not finite, or its update
   * would have made a weight non-finite. `network` holds the last finite weights.
   */
  readonly diverged?: {
    readonly step: number;
    readonly loss: number;
    readonly problem: 'loss' | 'weights';
  };
}

/**
 * Trains a copy of `net` (changing nothing it was given). Step `s` uses
 * `examples[(s * batchSize + j) % examples.length]` for `j < batchSize`, with no shuffling
 * (shuffle the list with a seed first to get one); the loss is the batch mean. Updates as
 * torch.optim.SGD or torch.optim.Adam (see optimizer.ts). Deterministic: the same arguments
 * give the same weights, bit for bit, in one JavaScript engine.
 * @throws RangeError naming an invalid option, example or label.
 */
export function train(
  net: Network,
  examples: readonly Example[],
  options: TrainOptions,
): TrainResult {
  const { batchSize, steps } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 4096) {
    throw new RangeError(`train: batchSize must be an integer from 1 to 4096, got ${batchSize}`);
  }
  if (!Number.isInteger(steps) || steps < 0 || steps > 1_000_000) {
    throw new RangeError(`train: steps must be an integer from 0 to 1000000, got ${steps}`);
  }
  checkExamples('train', net, examples);
  const trainer = createTrainer(net, options);
  const losses: number[] = [];
  const batch: Example[] = new Array<Example>(batchSize);
  for (let s = 0; s < steps; s++) {
    for (let j = 0; j < batchSize; j++) batch[j] = examples[(s * batchSize + j) % examples.length]!;
    const result = trainer.step(batch);
    if (!result.applied) {
      return {
        network: trainer.network(),
        losses,
        diverged: { step: s, loss: result.loss, problem: result.problem ?? 'loss' },
      };
    }
    losses.push(result.loss);
  }
  return { network: trainer.network(), losses };
}
