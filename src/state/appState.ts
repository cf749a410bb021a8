import { SEED_CONFIG, SEED_KERNELS, SEED_X, type Matrix, type PipelineConfig } from '../core';
import type { Block } from './block';
import type { ColorChannels } from './colorChannels';
import type { Drawing } from './drawings';
import { DEFAULT_TRAIN_SETTINGS, type TrainSettings } from './trainSettings';
import { DEFAULT_CLASSES, type Votes } from './votes';

/** How map values become grays: one fixed range per stage, or each map its own min..max. */
export type ColorMode = 'shared' | 'perMap';

export type Language = 'en' | 'zh';

/** The colours of signed maps: the seed's linear gray, or a diverging map with zero white. */
export type ColorMap = 'gray' | 'diverging';

export interface Display {
  readonly colorMode: ColorMode;
  readonly showValues: boolean;
  readonly colorMap: ColorMap;
}

/**
 * Everything the user chose, and nothing that can be derived: every map on the page is
 * computed from this by the core's pipeline on render.
 */
export interface AppState {
  /** The picture (gray), or the red channel of a colour picture. */
  readonly input: Matrix;
  /** The first block's kernels (one slice each), or their red slices for a colour picture. */
  readonly kernels: readonly Matrix[];
  /**
   * A colour picture's green and blue channels and the kernels' green and blue slices; `null`
   * for a gray picture (one channel).
   */
  readonly color: ColorChannels | null;
  /** The first block's settings (and the order its maps are shown in). */
  readonly config: PipelineConfig;
  /** The blocks after the first (0 to 2), each reading the previous block's pooled maps. */
  readonly blocks: readonly Block[];
  /** The class names, in the votes' order. */
  readonly classes: readonly string[];
  /** The votes once edited or learned; `null`: the page derives them (see decisionNetwork). */
  readonly votes: Votes | null;
  /** Pictures the class drew and added to the training set, each with its class. */
  readonly drawings: readonly Drawing[];
  /**
   * How the page trains (issue 12): optimizer, rate, batch, decay, what learns, the seed of the
   * examples and of a fresh start, the sets' sizes. Not an edit: undo leaves it as it is.
   */
  readonly training: TrainSettings;
  readonly display: Display;
  readonly language: Language;
}

export const DEFAULT_DISPLAY: Display = {
  colorMode: 'shared',
  showValues: false,
  colorMap: 'gray',
};

/** The seed's state: its X, its three kernels and its settings. */
export function seedState(language: Language = 'en'): AppState {
  return {
    input: SEED_X,
    kernels: SEED_KERNELS,
    color: null,
    config: SEED_CONFIG,
    blocks: [],
    classes: DEFAULT_CLASSES,
    votes: null,
    drawings: [],
    training: DEFAULT_TRAIN_SETTINGS,
    display: DEFAULT_DISPLAY,
    language,
  };
}
