import type { RunProblem } from '../../train/trainRun';
import type { Learns, OptimizerChoice, TrainSettings } from '../../train/trainSettings';

/** The text of the training panel (issue 12), in one language. */
export interface TrainMessages {
  readonly title: string;
  readonly about: (train: number, test: number) => string;
  readonly play: string;
  readonly pause: string;
  readonly playTitle: string;
  readonly step: string;
  readonly stepTitle: string;
  readonly fromScratch: string;
  readonly fromScratchTitle: string;
  readonly exportPython: string;
  readonly exportPythonTitle: string;
  readonly reset: string;
  readonly resetTitle: string;
  readonly more: string;
  readonly less: string;
  readonly optimizer: string;
  readonly optimizers: Record<OptimizerChoice, string>;
  readonly learningRate: string;
  readonly batchSize: string;
  readonly weightDecay: string;
  readonly seed: string;
  readonly learns: string;
  readonly learnsChoices: Record<Learns, string>;
  readonly stepCount: (step: number, epochs: string) => string;
  readonly loss: string;
  readonly trainAccuracy: string;
  readonly testAccuracy: string;
  readonly speed: (steps: string, examples: string) => string;
  /** A typed setting that cannot be used, and what would do. */
  readonly badSetting: (field: keyof TrainSettings, value: string) => string;
  readonly problem: (problem: RunProblem) => string;
  readonly failed: (message: string) => string;
  readonly onPage: (reason: string) => string;
  readonly changed: string;
  readonly lossChart: string;
  readonly accuracyChart: string;
  readonly stepAxis: string;
  readonly batchLoss: string;
  readonly trainSet: string;
  readonly testSet: string;
  readonly noSteps: string;
  readonly noNetwork: string;
  readonly tooSmall: string;
}
