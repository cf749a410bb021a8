import type { DecisionScores, DecisionVotes } from './decisionReading';

/** One vote's gradient for a training step on the current picture, by the chain rule. */
export interface VoteGradient {
  readonly name: string;
  /** The class's probability, and 1 for the class the picture is said to be, else 0. */
  readonly probability: number;
  readonly target: 0 | 1;
  /** d loss / d score = probability - target (softmax with cross-entropy). */
  readonly dScore: number;
  /** d score / d vote: the feature the vote weighs. */
  readonly feature: number;
  /** d loss / d vote = dScore × feature. */
  readonly gradient: number;
}

/**
 * The gradients of every class's vote for flattened feature `i`, for the loss -log p(label):
 * d loss / d score_c = p_c - [c = label], and the score is Σ feature × vote + bias, so
 * d loss / d vote_c,i = (p_c - [c = label]) × feature_i: the core's (and PyTorch's) gradient
 * of the linear layer's weight.
 */
export function voteGradients(
  votes: DecisionVotes,
  scores: DecisionScores,
  i: number,
  label: number,
): VoteGradient[] {
  const feature = scores.features[i]!;
  return votes.classes.map((name, c) => {
    const probability = scores.probabilities[c]!;
    const target = c === label ? 1 : 0;
    const dScore = probability - target;
    return { name, probability, target, dScore, feature, gradient: dScore * feature };
  });
}
