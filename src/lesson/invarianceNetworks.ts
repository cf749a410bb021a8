import {
  networkToJson,
  parseNetwork,
  train,
  xoExamples,
  type LayerJson,
  type Network,
} from '../core';
import { defaultBlock, type AppState, type Votes } from '../state';
import { decisionNetwork } from '../state/decisionNetwork';

/** The networks of the lab's table: the page's, then each differing from it in one thing. */
export const NETWORK_VARIANTS = [
  'page',
  'noPool',
  'pool2',
  'pool3',
  'oneBlock',
  'twoBlocks',
] as const;
export type NetworkVariant = (typeof NETWORK_VARIANTS)[number];

/**
 * How every variant's votes are learned: the core's `train`, votes only (every conv2d layer
 * frozen), from zero votes, on generated X's and O's of the picture's size. Seeded, so the
 * table is the same every time.
 */
export const LAB_RECIPE = {
  examples: { count: 400, seed: 1 },
  options: {
    optimizer: 'adam',
    learningRate: 0.01,
    batchSize: 10,
    steps: 800,
    weightDecay: 0.0005,
  },
} as const;

/**
 * The page's state with one thing changed (the first block's pooling, or the number of
 * blocks), its votes left to be learned (null); 'page' is the state itself.
 */
export function variantState(state: AppState, variant: NetworkVariant): AppState {
  const { pool } = state.config;
  const withPool = (size: number, edge = pool.edge): AppState => ({
    ...state,
    config: { ...state.config, pool: { ...pool, size, stride: size, edge } },
    votes: null,
  });
  switch (variant) {
    case 'page':
      return state;
    case 'noPool':
      return withPool(1, 'drop');
    case 'pool2':
      return withPool(2);
    case 'pool3':
      return withPool(3);
    case 'oneBlock':
      return { ...state, blocks: [], votes: null };
    case 'twoBlocks':
      return {
        ...state,
        blocks: state.blocks.slice(0, 1).length
          ? state.blocks.slice(0, 1)
          : [defaultBlock(state.kernels.length)],
        votes: null,
      };
  }
}

/** The network of a state with two classes (X and O) and zero votes; null if none fits. */
function zeroVotesNetwork(state: AppState): Network | null {
  const decision = decisionNetwork({ ...state, classes: state.classes.slice(0, 2), votes: null });
  if ('problem' in decision) return null;
  const json = networkToJson(decision.network);
  const layers: LayerJson[] = json.layers.map((layer) =>
    layer.type === 'linear'
      ? { ...layer, weight: layer.weight.map((row) => row.map(() => 0)), bias: [0, 0] }
      : layer,
  );
  return parseNetwork({ ...json, layers });
}

/**
 * The state's network with votes learned by LAB_RECIPE, and those votes; null when the
 * settings make no network or the picture is too small or large to generate examples.
 */
export function learnVotes(state: AppState): { network: Network; votes: Votes } | null {
  const { height, width } = state.input;
  if (height < 7 || width < 7 || height > 64 || width > 64) return null;
  const start = zeroVotesNetwork(state);
  if (!start) return null;
  const examples = xoExamples({ height, width, ...LAB_RECIPE.examples });
  const freeze = start.layers.flatMap((l, i) => (l.type === 'conv2d' ? [i] : []));
  const { network } = train(start, examples, { ...LAB_RECIPE.options, freeze });
  const linear = network.layers.at(-1)!;
  if (linear.type !== 'linear') return null;
  const { outFeatures, inFeatures, weight, bias } = linear;
  const votes: Votes = {
    weight: Array.from({ length: outFeatures }, (_, c) =>
      Array.from(weight.subarray(c * inFeatures, (c + 1) * inFeatures)),
    ),
    bias: Array.from(bias),
  };
  return { network, votes };
}
