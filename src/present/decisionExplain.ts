import type { DecisionScores, DecisionVotes } from './decisionReading';
import { featureCell } from './decisionReading';
import { formatValue } from './format';

/** One feature's part in a class's score: feature × vote. */
export interface ScoreTerm {
  /** The flattened feature's index, and its cell in its final map. */
  readonly index: number;
  readonly channel: number;
  readonly row: number;
  readonly col: number;
  readonly feature: number;
  readonly vote: number;
  readonly product: number;
}

/** A class's score as the sum of feature × vote, plus the bias. */
export interface ScoreExplanation {
  readonly c: number;
  readonly name: string;
  /** Every term, the largest contributions (by size) first; equals in feature order. */
  readonly terms: readonly ScoreTerm[];
  /** Σ feature × vote, summed in feature order as the core's linear layer does. */
  readonly sum: number;
  readonly bias: number;
  /** sum + bias: the score the network computed. */
  readonly score: number;
}

/** The softmax that turns the scores into class c's probability: e^s / Σ e^s. */
export interface SoftmaxExplanation {
  readonly c: number;
  /**
   * Subtracted from every score before e^ when the scores are too large to read as powers
   * of e (the same probabilities: the core subtracts the largest score too); 0 otherwise.
   */
  readonly shift: number;
  readonly terms: readonly {
    readonly name: string;
    readonly score: number;
    readonly exp: number;
  }[];
  readonly total: number;
  readonly probability: number;
}

/** One feature's vote for each class. */
export interface FeatureExplanation {
  readonly index: number;
  readonly channel: number;
  readonly row: number;
  readonly col: number;
  readonly feature: number;
  readonly votes: readonly {
    readonly name: string;
    readonly vote: number;
    readonly product: number;
  }[];
}

/** Scores up to this size are written as e^s; beyond, e^(s - largest). */
const READABLE = 30;

/** Class c's score: every feature × vote (largest first), their sum and the bias. */
export function explainScore(
  votes: DecisionVotes,
  scores: DecisionScores,
  c: number,
): ScoreExplanation {
  const w = votes.weight[c]!;
  const { features } = scores;
  const terms: ScoreTerm[] = [];
  let sum = 0;
  for (let i = 0; i < features.length; i++) {
    const feature = features[i]!;
    const vote = w[i]!;
    const product = vote * feature;
    sum += product;
    const { channel, row, col } = featureCell(votes, i);
    terms.push({ index: i, channel, row, col, feature, vote, product });
  }
  terms.sort((a, b) => Math.abs(b.product) - Math.abs(a.product) || a.index - b.index);
  const bias = votes.bias[c]!;
  return { c, name: votes.classes[c]!, terms, sum, bias, score: scores.scores[c]! };
}

/** Class c's probability: e^(its score) over the sum of e^(every score). */
export function explainSoftmax(
  votes: DecisionVotes,
  scores: DecisionScores,
  c: number,
): SoftmaxExplanation {
  const s = Array.from(scores.scores);
  const largest = Math.max(...s);
  const readable = s.every((v) => Math.abs(v) <= READABLE);
  const shift = readable ? 0 : largest;
  const terms = s.map((score, j) => ({
    name: votes.classes[j]!,
    score,
    exp: Math.exp(score - shift),
  }));
  const total = terms.reduce((acc, x) => acc + x.exp, 0);
  return { c, shift, terms, total, probability: scores.probabilities[c]! };
}

/** Flattened feature i: its value, and its vote and feature × vote for each class. */
export function explainFeature(
  votes: DecisionVotes,
  scores: DecisionScores,
  i: number,
): FeatureExplanation {
  const feature = scores.features[i]!;
  const { channel, row, col } = featureCell(votes, i);
  return {
    index: i,
    channel,
    row,
    col,
    feature,
    votes: votes.classes.map((name, c) => {
      const vote = votes.weight[c]![i]!;
      return { name, vote, product: vote * feature };
    }),
  };
}

/**
 * A power of e in the softmax, short enough for the panel: two decimals from 0.01 up (and
 * the compact form from a million up, as every value), two significant digits below 0.01
 * ("2.1e-9"), so that a small share never reads as 0.00; "0" only for an exact 0.
 */
export function formatExp(v: number): string {
  if (v === 0) return '0';
  if (Number.isFinite(v) && Math.abs(v) < 0.01) return v.toExponential(1).replace('e+', 'e');
  return formatValue(v);
}

/** A score or vote with its sign, for terms of a sum: "+ 2.22", "− 0.82". */
export function signed(v: number): string {
  const text = formatValue(Math.abs(v));
  return v < 0 && text !== '0.00' ? `− ${text}` : `+ ${text}`;
}
