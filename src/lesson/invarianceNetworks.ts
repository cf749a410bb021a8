import { forward, parseNetwork, train, xoExamples, type Network } from '../core';
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

/**
 * The state's network with votes learned by LAB_RECIPE, and those votes; null when the
 * settings make no network or the picture is too small or large to generate examples.
 * The conv layers stay fixed, so each example's final maps are computed once and the core's
 * `train` learns the votes on them: a network of just flatten and the votes, whose input is
 * those maps. This is training the whole network with every conv layer frozen, without
 * running the frozen layers again at every step (800 steps of 10 at 64x64 would take seconds).
 */
export function learnVotes(state: AppState): { network: Network; votes: Votes } | null {
  const { height, width } = state.input;
  if (height < 7 || width < 7 || height > 64 || width > 64) return null;
  const classes = state.classes.slice(0, 2);
  const decision = decisionNetwork({ ...state, classes, votes: null });
  if ('problem' in decision) return null;
  const full = decision.network;
  // The final maps: the output of the layer before flatten.
  const mapsAt = full.layers.length - 3;
  const shape = full.shapes[mapsAt]!;
  const [channels, mapHeight, mapWidth] = shape;
  if (channels > 16 || mapHeight > 64 || mapWidth > 64) return null;
  const n = channels * mapHeight * mapWidth;
  const head = parseNetwork({
    input: [channels, mapHeight, mapWidth],
    layers: [
      { type: 'flatten' },
      { type: 'linear', weight: classes.map(() => new Array<number>(n).fill(0)), bias: [0, 0] },
    ],
  });
  const examples = xoExamples({ height, width, ...LAB_RECIPE.examples }).map((e) => ({
    input: forward(full, e.input)[mapsAt]!,
    label: e.label,
  }));
  const { network: trained } = train(head, examples, LAB_RECIPE.options);
  const linear = trained.layers.at(-1)!;
  if (linear.type !== 'linear') return null;
  const votes: Votes = {
    weight: classes.map((_, c) => Array.from(linear.weight.subarray(c * n, (c + 1) * n))),
    bias: Array.from(linear.bias),
  };
  return withVotes(state, votes);
}

/** The state's network (its first two classes) deciding with `votes`; null if none fits. */
export function withVotes(
  state: AppState,
  votes: Votes,
): { network: Network; votes: Votes } | null {
  const decision = decisionNetwork({ ...state, classes: state.classes.slice(0, 2), votes });
  return 'problem' in decision ? null : { network: decision.network, votes };
}
