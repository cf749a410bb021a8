// The page states whose whole network the Python export tests run.
import { classify, SEED_O } from '../../src/core';
import { reducer } from '../../src/state';
import { pictureChannels, pictureTensor } from '../../src/state/colorChannels';
import type { NetworkExport } from '../../src/export/pythonNetworkValues';
import { seedState, type AppState } from '../../src/state/appState';
import { defaultBlock } from '../../src/state/block';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { withConfig } from '../helpers/withConfig';
import { GRAY, matrixOf } from './pythonCases';

export interface NetworkCase {
  /** Completes "... gives the page's probabilities ". */
  readonly name: string;
  readonly state: AppState;
}

const seed = seedState();

/** Votes of `classes` rows over `n` features: varied, exact numbers. */
function votes(classes: number, n: number) {
  return {
    weight: Array.from({ length: classes }, (_, c) =>
      Array.from({ length: n }, (_, i) => (((i * 7 + c * 13) % 11) - 5) / 4),
    ),
    bias: Array.from({ length: classes }, (_, c) => c / 2 - 0.5),
  };
}

/** The seed's X in colour: red the X, green the O, blue many digits; a slice edited. */
function colorPicture(): AppState {
  const blue = matrixOf(9, 9, (r, c) => Math.sin(r * 9 + c + 1) * 0.97);
  const s = reducer(seed, { type: 'setColorInput', channels: [seed.input, SEED_O, blue] });
  return reducer(s, { type: 'setWeight', k: 1, index: 4, value: -0.75, channel: 2 });
}

export const NETWORK_CASES: readonly NetworkCase[] = [
  { name: "for the seed's X and learned votes", state: seed },
  { name: 'for a colour picture (three channels, kernels of three slices)', state: colorPicture() },
  { name: "for the seed's O", state: { ...seed, input: SEED_O } },
  {
    name: 'for a second block (3 kernels of 3 slices, padding 1, divided by 27)',
    state: { ...seed, blocks: [defaultBlock(3)] },
  },
  {
    name: 'for average pooling and tanh',
    state: { ...seed, config: withConfig({ pool: { kind: 'avg' }, activation: 'tanh' }) },
  },
  {
    name: 'for the edge "ceil" after sigmoid, with stride 2 and padding 1',
    state: {
      ...seed,
      config: withConfig({
        conv: { stride: 2, padding: 1 },
        pool: { edge: 'ceil' },
        activation: 'sigmoid',
      }),
    },
  },
  {
    name: 'for 3 classes with edited votes, leaky ReLU, bias 0.5, no division, on a 12x10 gray picture',
    state: {
      ...seed,
      input: GRAY,
      classes: ['X', 'O', 'blank'],
      config: withConfig({
        conv: { bias: 0.5, normalize: false, dilation: 2 },
        pool: { size: 3, stride: 2, edge: 'drop' },
        activation: 'leakyRelu',
      }),
      votes: votes(3, 3 * 2 * 3),
    },
  },
  {
    name: 'for three blocks, a 5x5 kernel and 3x3 pooling at stride 1',
    state: {
      ...seed,
      input: matrixOf(14, 14, (r, c) => ((r * 3 + c * 5) % 7 < 3 ? 1 : -1)),
      kernels: [...seed.kernels, matrixOf(3, 3, (r, c) => (r === c ? 0.5 : -0.25))],
      blocks: [
        defaultBlock(4),
        { ...defaultBlock(4), pool: { kind: 'max', size: 3, stride: 1, edge: 'pad' } },
      ],
    },
  },
];

/** What the export of a case reads: the page's network and picture. */
export function networkExport(state: AppState): NetworkExport {
  const made = decisionNetwork(state);
  if ('problem' in made) throw new Error(`no network: ${JSON.stringify(made.problem)}`);
  return { network: made.network, input: pictureChannels(state) };
}

/** The page's probabilities for a case (decisionNetwork + classify). */
export function pageProbabilities(state: AppState): number[] {
  const { network } = networkExport(state);
  return Array.from(classify(network, pictureTensor(state)).probabilities);
}
