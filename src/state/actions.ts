import type { ActivationKind, ConvSettings, Matrix, PoolSettings, StageOrder } from '../core';
import type { ColorMap, ColorMode, Language } from './appState';
import type { BlockAction } from './blockActions';
import type { TrainSettings } from './trainSettings';
import type { Votes } from './votes';
import type { InputPreset } from './inputPresets';

/** A cell of the input, row first. */
export interface Cell {
  readonly row: number;
  readonly col: number;
}

/** Everything the views can ask the state to do. */
export type Action =
  /** Sets cells to a value. Paints of one drag share a `stroke` id (one undo step). */
  | {
      readonly type: 'paint';
      readonly cells: readonly Cell[];
      readonly value: number;
      readonly stroke?: number;
    }
  | { readonly type: 'flip'; readonly cell: Cell }
  | { readonly type: 'loadPreset'; readonly preset: InputPreset }
  | { readonly type: 'invert' }
  | { readonly type: 'reset' }
  | { readonly type: 'setColorMode'; readonly mode: ColorMode }
  | { readonly type: 'setShowValues'; readonly show: boolean }
  | { readonly type: 'setLanguage'; readonly language: Language }
  /** A gray picture (one channel): a colour picture becomes gray, its kernels one slice. */
  | { readonly type: 'setInput'; readonly input: Matrix }
  /**
   * A colour picture, [red, green, blue] of one size: the kernels get a slice per channel
   * (a gray page's kernels the same on every channel; a colour page keeps its slices).
   */
  | { readonly type: 'setColorInput'; readonly channels: readonly [Matrix, Matrix, Matrix] }
  /** The colour picture becomes its gray (luma), each kernel one slice (see sliceOf). */
  | { readonly type: 'toGray' }
  | { readonly type: 'resizeInput'; readonly height: number; readonly width: number }
  | {
      readonly type: 'setWeight';
      readonly k: number;
      readonly index: number;
      readonly value: number;
      /** The slice of a colour picture's kernel: 0 red (the default), 1 green, 2 blue. */
      readonly channel?: number;
    }
  | {
      readonly type: 'cycleWeight';
      readonly k: number;
      readonly index: number;
      readonly channel?: number;
    }
  | { readonly type: 'setKernel'; readonly k: number; readonly kernel: Matrix }
  | { readonly type: 'addKernel'; readonly kernel: Matrix }
  | { readonly type: 'removeKernel'; readonly k: number }
  | { readonly type: 'setConv'; readonly conv: Partial<ConvSettings> }
  | { readonly type: 'setPool'; readonly pool: Partial<PoolSettings> }
  | { readonly type: 'setActivation'; readonly activation: ActivationKind }
  | { readonly type: 'setOrder'; readonly order: StageOrder }
  | { readonly type: 'setColorMap'; readonly colorMap: ColorMap }
  /** Class c's vote for flattened feature `index` (or its bias, for index -1). */
  | { readonly type: 'setVote'; readonly c: number; readonly index: number; readonly value: number }
  /** Back to the votes the page derives (the seed's learned votes, or explainable ones). */
  | { readonly type: 'resetVotes' }
  /** Every vote at once (imported, learned); refused unless one row per class, all finite. */
  | { readonly type: 'setVotes'; readonly votes: Votes }
  /** The current picture into the training set as class `label`. */
  | { readonly type: 'addDrawing'; readonly label: number }
  | { readonly type: 'removeDrawing'; readonly index: number }
  /** A class named by the teacher (up to five): the votes grow a row for it. */
  | { readonly type: 'addClass'; readonly name: string }
  /** Removes class c (not X or O, classes 0 and 1), its drawings and its votes. */
  | { readonly type: 'removeClass'; readonly c: number }
  /** How the page trains; refused unless every setting can be used (settingsProblem). */
  | { readonly type: 'setTraining'; readonly training: TrainSettings }
  | BlockAction;
