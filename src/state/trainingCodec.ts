import {
  DEFAULT_TRAIN_SETTINGS,
  settingsProblem,
  TRAINING_FIELDS,
  type Learns,
  type OptimizerChoice,
  type TrainSettings,
} from './trainSettings';

/**
 * The training settings as a link part, e.g. `adam,0.01,32,0,all,7,400,100` (the fields in
 * the order of TRAINING_FIELDS; numbers as JavaScript writes them, which read back exactly).
 * `null` for the defaults, which a link leaves out.
 */
export function encodeTraining(settings: TrainSettings): string | null {
  const text = TRAINING_FIELDS.map((f) => String(settings[f])).join(',');
  const defaults = TRAINING_FIELDS.map((f) => String(DEFAULT_TRAIN_SETTINGS[f])).join(',');
  return text === defaults ? null : text;
}

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The settings a `t=` part holds, or null when it is malformed or a setting is out of range. */
export function decodeTraining(text: string): TrainSettings | null {
  const parts = text.split(',');
  if (parts.length !== TRAINING_FIELDS.length) return null;
  const [optimizer, learns] = [parts[0]!, parts[4]!];
  const numbers = parts.filter((_, i) => i !== 0 && i !== 4);
  if (!numbers.every((p) => NUMBER.test(p))) return null;
  const [learningRate, batchSize, weightDecay, seed, trainCount, testCount] = numbers.map(Number);
  const settings: TrainSettings = {
    optimizer: optimizer as OptimizerChoice,
    learningRate: learningRate!,
    batchSize: batchSize!,
    weightDecay: weightDecay!,
    learns: learns as Learns,
    seed: seed!,
    trainCount: trainCount!,
    testCount: testCount!,
  };
  return settingsProblem(settings) === null ? settings : null;
}
