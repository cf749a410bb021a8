import type { Network } from '../core';
import type { AppState } from '../state';
import type { LayerWeights } from './trainedWeights';
import type { TrainSettings } from './trainSettings';

/** What the page keeps of the run it started: to apply, reset, export and notice changes. */
export interface PageRun {
  readonly net: Network;
  readonly convLayers: readonly number[];
  /** The page before the run, for Reset. */
  readonly before: AppState;
  /** The undo group of the run's updates: the whole run is one undo step. */
  readonly group: string;
  /** The page as the run last set it: any other change stops the run. */
  last: AppState;
  /** Where the run's current settings began (for the Python export), and the last report. */
  segment: { start: Network; firstStep: number; settings: TrainSettings };
  step: number;
  weights: LayerWeights | null;
}

/**
 * Whether the network parts a run depends on are the same in both states (kernels, blocks,
 * votes, settings, classes, drawings, picture size); the picture's pixels, colours and language are not.
 */
export const samePage = (a: AppState, b: AppState): boolean =>
  a.kernels === b.kernels &&
  a.blocks === b.blocks &&
  a.votes === b.votes &&
  a.config === b.config &&
  a.classes === b.classes &&
  a.drawings === b.drawings &&
  a.input.height === b.input.height &&
  a.input.width === b.input.width;
