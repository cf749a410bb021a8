import type { Matrix } from '../../core';
import type { AppState, Store } from '../../state';
import { decisionNetwork, type DecisionNetwork } from '../../state/decisionNetwork';
import {
  decisionScores,
  decisionVotes,
  type DecisionScores,
  type DecisionVotes,
} from '../../present/decisionReading';
import { useStoreSelector } from '../app/useStore';
import { pictureTensor, type ColorChannels } from '../../state/colorChannels';

export interface Decision {
  readonly made: DecisionNetwork;
  /** Changes with the network only (not with a pixel): what the vote heatmaps draw. */
  readonly votes: DecisionVotes | null;
  /** Changes with every pixel: the flattened maps, the scores and probabilities. */
  readonly scores: DecisionScores | null;
}

type NetworkKey = readonly [
  number,
  number,
  AppState['kernels'],
  AppState['config'],
  AppState['blocks'],
  AppState['classes'],
  AppState['votes'],
  ColorChannels['slices'] | null,
];

// The header's badge and the panel read the same decision: it is built once per network and
// computed once per picture, whichever asks first (the last one of each is kept).
let network: { key: NetworkKey; made: DecisionNetwork; votes: DecisionVotes | null } | null = null;
const readings = new WeakMap<
  DecisionNetwork,
  { input: Matrix; color: ColorChannels | null; scores: DecisionScores | null }
>();

function networkFor(key: NetworkKey) {
  if (network && network.key.every((part, i) => part === key[i])) return network;
  const [height, width, kernels, config, blocks, classes, votes, slices] = key;
  const input = { height, width, data: new Float64Array(height * width) };
  const color = slices && { slices };
  const made = decisionNetwork({ input, kernels, config, blocks, classes, votes, color });
  network = { key, made, votes: decisionVotes(made) };
  return network;
}

/**
 * The page's decision network for these parts of the state, from the cache the badge and the
 * panel share: built once per network (not per pixel: the picture's pixels do not change it).
 */
export function pageNetwork(
  s: Pick<AppState, 'input' | 'kernels' | 'config' | 'blocks' | 'classes' | 'votes'> & {
    readonly color: Pick<ColorChannels, 'slices'> | null;
  },
): DecisionNetwork {
  const { height, width } = s.input;
  return networkFor([
    height,
    width,
    s.kernels,
    s.config,
    s.blocks,
    s.classes,
    s.votes,
    slicesOf(s.color),
  ]).made;
}

/** The key part of a colour picture: its slices (the same array while they are the same). */
const slicesOf = (color: Pick<ColorChannels, 'slices'> | null) => color?.slices ?? null;

function scoresFor(
  made: DecisionNetwork,
  input: Matrix,
  color: ColorChannels | null,
): DecisionScores | null {
  const last = readings.get(made);
  if (last?.input === input && last.color === color) return last.scores;
  const scores = decisionScores(made, color ? pictureTensor({ input, color }) : input);
  readings.set(made, { input, color, scores });
  return scores;
}

/**
 * The page's decision network and its reading of the picture. The network changes with the
 * kernels, settings, picture size and votes, never with a pixel; the same objects come back
 * while their inputs are the same, so memo holds in the components that show them.
 */
export function useDecision(store: Store): Decision {
  const input = useStoreSelector(store, (s) => s.input);
  const kernels = useStoreSelector(store, (s) => s.kernels);
  const config = useStoreSelector(store, (s) => s.config);
  const blocks = useStoreSelector(store, (s) => s.blocks);
  const classes = useStoreSelector(store, (s) => s.classes);
  const own = useStoreSelector(store, (s) => s.votes);
  const color = useStoreSelector(store, (s) => s.color);
  const { made, votes } = networkFor([
    input.height,
    input.width,
    kernels,
    config,
    blocks,
    classes,
    own,
    slicesOf(color),
  ]);
  return { made, votes, scores: scoresFor(made, input, color) };
}
