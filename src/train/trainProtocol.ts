import type { NetworkJson } from '../core';
import type { RunProblem } from './trainRun';
import type { LayerWeights } from './trainedWeights';
import type { TrainSettings } from './trainSettings';

/** What the page asks the training loop (in the worker, or on the page as a fallback). */
export type TrainCommand =
  /** A new run of `network` (its conv2d layers `convLayers`); `fresh`: random weights first. */
  | {
      readonly type: 'start';
      readonly network: NetworkJson;
      readonly convLayers: readonly number[];
      readonly settings: TrainSettings;
      readonly fresh: boolean;
    }
  /** New settings for the run: it goes on from its weights and step count. */
  | { readonly type: 'settings'; readonly settings: TrainSettings }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'step' };

/** What the loop tells the page: after every command, and every `reportMs` while it plays. */
export type TrainReport =
  | {
      readonly type: 'progress';
      /** Steps applied so far. */
      readonly step: number;
      readonly epochs: number;
      /** The batch losses of the steps since the last report, in order. */
      readonly losses: readonly number[];
      /**
       * Accuracy over the whole sets, 0..1: after the last step in every report that is not
       * playing; while playing, measured every few reports (a sixteenth of the time at most).
       */
      readonly trainAccuracy: number;
      readonly testAccuracy: number;
      readonly running: boolean;
      readonly problem: RunProblem | null;
      /** The current weights of every layer with weights. */
      readonly weights: LayerWeights;
      /** Steps per second while playing, over the last second or so (0 when paused). */
      readonly stepsPerSecond: number;
      readonly batchSize: number;
    }
  /** The run could not start: the grid is outside 7..64, or the core refused something. */
  | { readonly type: 'failed'; readonly message: string };
