import { describe, expect, it } from 'vitest';
import { lossAndGradients, SEED_O, tensorFromMatrix } from '../../src/core';
import { decisionScores, decisionVotes } from '../../src/present/decisionReading';
import { voteGradients } from '../../src/present/voteGradients';
import { seedState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';

describe('voteGradients', () => {
  const made = decisionNetwork(seedState());
  if (!('network' in made)) throw new Error('a network expected');
  const votes = decisionVotes(made)!;

  it("are the core's gradients of the votes: (p - y) × feature, for either label", () => {
    for (const picture of [seedState().input, SEED_O]) {
      const scores = decisionScores(made, picture)!;
      for (const label of [0, 1]) {
        const core = lossAndGradients(made.network, tensorFromMatrix(picture), label);
        const linear = core.gradients.layers.at(-1)!;
        if (linear.type !== 'linear') throw new Error('linear expected');
        for (const i of [0, 17, 47]) {
          const g = voteGradients(votes, scores, i, label);
          expect(g.map((v) => v.gradient)).toEqual([
            linear.weight[i]!,
            linear.weight[linear.inFeatures + i]!,
          ]);
          expect(g.map((v) => v.target)).toEqual(label === 0 ? [1, 0] : [0, 1]);
          expect(g[label]!.dScore).toBe(scores.probabilities[label]! - 1);
        }
      }
    }
  });

  it('with two classes, the two votes of a feature move by opposite amounts', () => {
    const scores = decisionScores(made, seedState().input)!;
    const i = scores.features.findIndex((f) => f > 0);
    const [x, o] = voteGradients(votes, scores, i, 0);
    expect(x!.gradient).toBeLessThan(0);
    expect(x!.gradient + o!.gradient).toBeCloseTo(0, 15);
  });
});
