import {
  forward,
  parseNetwork,
  SEED_FEATURES,
  SEED_VOTES,
  xoExamples,
  XO_CLASSES,
  type LayerJson,
  type Network,
} from '../core';
import type { AppState } from './appState';
import type { ColorChannels } from './colorChannels';
import { blockLayers, type BlockLayers, type BlocksProblem } from './blockLayers';
import { votesFit, type Votes } from './votes';
import { withChannels } from './exampleChannels';

/** Why the page's settings give no decision. */
export type DecisionProblem =
  | BlocksProblem
  /** The network core refused the layers (a window that does not fit, ...): its message. */
  | { readonly kind: 'core'; readonly message: string };

/**
 * Where the votes come from: `edited` are the state's votes (typed by the teacher, imported
 * or learned); `learned` are the seed network's votes (trained by the core's `train`, see
 * SEED_VOTES); `prototype` votes are set when the final maps have another shape, so the
 * learned votes mean nothing: each class votes for how much more a feature is in generated
 * pictures of that class than on average (score = vote · (features - mean)); `none` when the
 * picture is too small to generate examples (all votes 0, 50 / 50).
 */
export type VotesSource = 'edited' | 'learned' | 'prototype' | 'none';

export type DecisionNetwork =
  | {
      readonly network: Network;
      readonly votes: VotesSource;
      /** Where each block's maps are among the layers' outputs. */
      readonly blocks: readonly BlockLayers[];
      /** The state held votes of another shape (the final maps changed): they were set aside. */
      readonly staleVotes: boolean;
    }
  | { readonly problem: DecisionProblem };

/** What the network depends on: a colour picture's slices (and so its three channels), not its pixels. */
type DecisionInputs = Pick<AppState, 'input' | 'kernels' | 'config' | 'blocks' | 'classes'> &
  Partial<Pick<AppState, 'votes'>> & {
    readonly color: Pick<ColorChannels, 'slices'> | null;
  };

/**
 * The network that decides for the page: every block as the usual chain (conv ->
 * activation -> the pooling edge -> pooling), flatten, and the votes, one row per class.
 * The state's votes when they fit the final maps, else votes the page can explain.
 */
export function decisionNetwork(state: DecisionInputs): DecisionNetwork {
  const { input, classes } = state;
  const channels = state.color ? 3 : 1;
  const built = blockLayers(state);
  if ('problem' in built) return { problem: built.problem };
  const layers: LayerJson[] = [...built.layers, { type: 'flatten' }];
  let features: Network;
  try {
    features = parseNetwork({ input: [channels, input.height, input.width], layers });
  } catch (e) {
    return { problem: { kind: 'core', message: e instanceof Error ? e.message : String(e) } };
  }
  const n = features.shapes[features.shapes.length - 1]![0];
  const make = (votes: Votes, source: VotesSource, staleVotes: boolean): DecisionNetwork => ({
    network: parseNetwork({
      input: [channels, input.height, input.width],
      classes: [...classes],
      layers: [...layers, { type: 'linear', weight: votes.weight, bias: votes.bias }],
    }),
    votes: source,
    blocks: built.blocks,
    staleVotes,
  });
  const own = state.votes ?? null;
  if (own && votesFit(own, classes.length, n)) return make(own, 'edited', false);
  const stale = own !== null;
  const derived = derivedVotes(features, state, n);
  return make(derived.votes, derived.source, stale);
}

/** The votes the page sets itself for a network whose votes were not edited. */
function derivedVotes(
  features: Network,
  state: DecisionInputs,
  n: number,
): { votes: Votes; source: VotesSource } {
  const extra = state.classes.length - XO_CLASSES.length;
  const grow = (v: Votes): Votes => ({
    weight: [...v.weight, ...Array.from({ length: extra }, () => new Array<number>(n).fill(0))],
    bias: [...v.bias, ...new Array<number>(extra).fill(0)],
  });
  // The learned votes read 48 features: the seed's 3 kernels of 4x4 pooled maps.
  if (n === SEED_FEATURES && state.blocks.length === 0) {
    return { votes: grow(SEED_VOTES), source: 'learned' };
  }
  const prototype = prototypeVotes(features, state.input.height, state.input.width, n);
  return prototype
    ? { votes: grow(prototype), source: 'prototype' }
    : { votes: grow(zeroVotes(n)), source: 'none' };
}

function zeroVotes(n: number): Votes {
  return { weight: XO_CLASSES.map(() => new Array<number>(n).fill(0)), bias: [0, 0] };
}

/** Class means minus the overall mean of the features of 40 generated pictures (seed 1). */
function prototypeVotes(features: Network, height: number, width: number, n: number): Votes | null {
  if (height < 7 || width < 7 || height > 64 || width > 64) return null;
  const channels = features.input[0];
  const examples = xoExamples({ height, width, count: 40, seed: 1 }).map((e) =>
    withChannels(e, channels),
  );
  const sums = XO_CLASSES.map(() => new Float64Array(n));
  const all = new Float64Array(n);
  for (const e of examples) {
    const f = forward(features, e.input).at(-1)!.data;
    for (let i = 0; i < n; i++) {
      sums[e.label]![i] = sums[e.label]![i]! + f[i]!;
      all[i] = all[i]! + f[i]!;
    }
  }
  const perClass = examples.length / XO_CLASSES.length;
  const mean = Array.from(all, (v) => v / examples.length);
  const weight = sums.map((s) => Array.from(s, (v, i) => v / perClass - mean[i]!));
  const bias = weight.map((w) => -w.reduce((acc, v, i) => acc + v * mean[i]!, 0));
  return { weight, bias };
}

/** The votes the page's decision reads now (the state's, or the ones it derives); null if none. */
export function currentVotes(state: DecisionInputs): Votes | null {
  const decision = decisionNetwork(state);
  if ('problem' in decision) return null;
  const linear = decision.network.layers.at(-1)!;
  if (linear.type !== 'linear') return null;
  const { outFeatures, inFeatures, weight, bias } = linear;
  return {
    weight: Array.from({ length: outFeatures }, (_, c) =>
      Array.from(weight.subarray(c * inFeatures, (c + 1) * inFeatures)),
    ),
    bias: Array.from(bias),
  };
}
