// `npm run votes`: learns the seed network's votes with the core's own `train` (see
// src/core/seedVotesTraining.ts) and writes them to src/core/seedVotes.ts. A unit test checks
// that the committed votes equal a fresh run, bit for bit.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify } from '../src/core/forward';
import { learnSeedVotes, SEED_VOTES_RECIPE } from '../src/core/seedVotesTraining';
import { seedVotesSource } from '../src/core/seedVotesSource';
import { xoExamples } from '../src/core/xoExamples';

const { network, losses } = learnSeedVotes();
const target = fileURLToPath(new URL('../src/core/seedVotes.ts', import.meta.url));
writeFileSync(target, seedVotesSource(network));

function accuracy(set: (typeof SEED_VOTES_RECIPE)['testSet' | 'trainSet']): number {
  const examples = xoExamples(set);
  let right = 0;
  for (const e of examples) {
    const p = classify(network, e.input).probabilities;
    if ((p[0]! >= p[1]! ? 0 : 1) === e.label) right++;
  }
  return right / examples.length;
}
console.log(`wrote ${target}`);
console.log(`loss ${losses[0]} -> ${losses[losses.length - 1]} in ${losses.length} steps`);
console.log(
  `accuracy: training set ${accuracy(SEED_VOTES_RECIPE.trainSet)}, test set ${accuracy(SEED_VOTES_RECIPE.testSet)}`,
);
