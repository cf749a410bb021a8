import { asTensor, forward, softmaxInto, type Matrix, type Tensor } from '../core';
import type { DecisionNetwork, VotesSource } from '../state/decisionNetwork';

/**
 * What the decision reads, apart from the picture: the shape of the last block's maps, the
 * votes of each class over their flattened cells (channel first, then row, then column, as
 * the core's flatten), and where the votes come from. Changes with the network, not with a
 * pixel, so the vote heatmaps keep their props while the picture is drawn on.
 */
export interface DecisionVotes {
  readonly classes: readonly string[];
  /** The last block's maps: how many, and their size. */
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  /** Class c's vote for flattened feature i: weight[c][i]. */
  readonly weight: readonly Float64Array[];
  readonly bias: readonly number[];
  readonly source: VotesSource;
  /** The state's votes no longer fit the final maps and were set aside. */
  readonly stale: boolean;
  /** The last block's number, from 0. */
  readonly block: number;
}

/** The picture's part of the decision: its flattened final maps, scores and probabilities. */
export interface DecisionScores {
  readonly features: Float64Array;
  /** Class c's score (the logit): Σ feature × vote + bias. */
  readonly scores: Float64Array;
  readonly probabilities: Float64Array;
  /** The most probable class (the first of equals), and the second guess. */
  readonly winner: number;
  readonly second: number;
}

/** The votes of a decision network (from decisionNetwork); null when it has none. */
export function decisionVotes(made: DecisionNetwork): DecisionVotes | null {
  if ('problem' in made) return null;
  const { network, blocks } = made;
  const linear = network.layers.at(-1);
  const last = blocks.at(-1);
  if (linear?.type !== 'linear' || last === undefined) return null;
  const [channels, height, width] = network.shapes[last.pool]!;
  const { inFeatures, outFeatures } = linear;
  const names = network.classes ?? [];
  return {
    classes: Array.from({ length: outFeatures }, (_, c) => names[c] ?? String(c + 1)),
    channels,
    height,
    width,
    weight: Array.from({ length: outFeatures }, (_, c) =>
      linear.weight.slice(c * inFeatures, (c + 1) * inFeatures),
    ),
    bias: Array.from(linear.bias),
    source: made.votes,
    stale: made.staleVotes,
    block: blocks.length - 1,
  };
}

/** The decision network's reading of a picture, with the core's own forward and softmax. */
export function decisionScores(
  made: DecisionNetwork,
  input: Matrix | Tensor,
): DecisionScores | null {
  if ('problem' in made) return null;
  const outputs = forward(made.network, asTensor(input));
  const features = outputs.at(-2)!.data;
  const scores = outputs.at(-1)!.data;
  const probabilities = new Float64Array(scores.length);
  softmaxInto(scores, probabilities);
  const order = Array.from(probabilities, (_, i) => i).sort(
    (a, b) => probabilities[b]! - probabilities[a]! || a - b,
  );
  return { features, scores, probabilities, winner: order[0] ?? 0, second: order[1] ?? 0 };
}

/** Where flattened feature i sits: its final map (channel), row and column. */
export function featureCell(
  votes: Pick<DecisionVotes, 'height' | 'width'>,
  i: number,
): { readonly channel: number; readonly row: number; readonly col: number; readonly cell: number } {
  const size = votes.height * votes.width;
  const cell = i % size;
  return {
    channel: Math.floor(i / size),
    row: Math.floor(cell / votes.width),
    col: cell % votes.width,
    cell,
  };
}

/**
 * The page's name of final map k of block b (`data-map`): the first block's pooled maps are
 * `pool-K`, block B >= 2 names them `pool{B}-K`.
 */
export function finalMapId(block: number, k: number): string {
  return block === 0 ? `pool-${k}` : `pool${block + 1}-${k}`;
}
