import { useLayoutEffect } from 'react';
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
function pageNetwork(
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
 * The page's decision network and its votes, without the picture's reading: a component
 * that shows only these renders when the network changes, never on a pixel.
 */
export function useDecisionNetwork(store: Store): Omit<Decision, 'scores'> {
  const height = useStoreSelector(store, (s) => s.input.height);
  const width = useStoreSelector(store, (s) => s.input.width);
  const kernels = useStoreSelector(store, (s) => s.kernels);
  const config = useStoreSelector(store, (s) => s.config);
  const blocks = useStoreSelector(store, (s) => s.blocks);
  const classes = useStoreSelector(store, (s) => s.classes);
  const own = useStoreSelector(store, (s) => s.votes);
  const slices = useStoreSelector(store, (s) => slicesOf(s.color));
  const { made, votes } = networkFor([
    height,
    width,
    kernels,
    config,
    blocks,
    classes,
    own,
    slices,
  ]);
  return { made, votes };
}

/**
 * The picture's reading, only while `enabled` (e.g. while a number of the decision is
 * explained): null otherwise, and the component then does not render on a pixel.
 */
export function useDecisionScores(
  store: Store,
  made: DecisionNetwork,
  enabled: boolean,
): DecisionScores | null {
  const input = useStoreSelector(store, (s) => (enabled ? s.input : null));
  const color = useStoreSelector(store, (s) => (enabled ? s.color : null));
  return input === null ? null : scoresFor(made, input, color);
}

/**
 * Paints the picture's reading without rendering (as the heatmaps paint their maps): `paint`
 * runs after the commit that made it and then on every change of the store, with the scores
 * of the page's network, each reading once. It runs inside the store's dispatch, so the
 * elements it writes into may still be those of the network before a change (React renders
 * the new ones next, and the new `paint` repaints them): it writes only what they hold.
 * `paint` should change only with what the component renders (useCallback); `renders`, when
 * given, is what else the painted elements are rendered from (a new value repaints them).
 */
export function usePaintScores(
  store: Store,
  paint: (scores: DecisionScores) => void,
  renders?: unknown,
): void {
  useLayoutEffect(() => {
    let shown: DecisionScores | null = null;
    const update = () => {
      const s = store.getState();
      const scores = scoresFor(pageNetwork(s), s.input, s.color);
      if (scores === null || scores === shown) return;
      shown = scores;
      paint(scores);
    };
    update();
    return store.subscribe(update);
  }, [store, paint, renders]);
}
