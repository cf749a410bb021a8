import type { Network } from './networkTypes';
import { parseNetwork } from './parseNetwork';
import { SEED_FEATURES, seedNetworkJson } from './seedNetworkJson';
import { train } from './train';
import { xoExamples } from './xoExamples';

/**
 * How the seed network's votes are learned: this core's own `train`, votes only (the seed's
 * kernels frozen), from zero votes, on generated 9x9 X's and O's. `npm run votes` runs it and
 * writes src/core/seedVotes.ts; a test checks the committed votes equal a fresh run.
 */
export const SEED_VOTES_RECIPE = {
  trainSet: { height: 9, width: 9, count: 1000, seed: 1 },
  testSet: { height: 9, width: 9, count: 500, seed: 2 },
  options: {
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize: 10,
    steps: 3000,
    freeze: [0],
    weightDecay: 0.0005,
  },
} as const;

/** Learns the seed network's votes with SEED_VOTES_RECIPE. */
export function learnSeedVotes(): { network: Network; losses: number[] } {
  const zero = {
    weight: [new Array<number>(SEED_FEATURES).fill(0), new Array<number>(SEED_FEATURES).fill(0)],
    bias: [0, 0],
  };
  const start = parseNetwork(seedNetworkJson(zero));
  const examples = xoExamples(SEED_VOTES_RECIPE.trainSet);
  const { options } = SEED_VOTES_RECIPE;
  return train(start, examples, { ...options, freeze: [...options.freeze] });
}
