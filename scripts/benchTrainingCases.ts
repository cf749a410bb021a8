// The page's training cases, shared by benchBrowserTraining.ts (Node and the page) and
// benchTrainingWorker.ts (the core alone in a browser worker).
import { inputPreset, seedState, type AppState } from '../src/state';
import { defaultBlock } from '../src/state/block';
import { decisionNetwork } from '../src/state/decisionNetwork';
import { stepsPerEpoch } from '../src/train/trainData';
import { createRun, freshNetwork, type TrainRun } from '../src/train/trainRun';
import { DEFAULT_TRAIN_SETTINGS, type TrainSettings } from '../src/train/trainSettings';

export interface TrainingCase {
  readonly label: string;
  readonly state: AppState;
}

export const TRAINING_CASES: TrainingCase[] = [
  { label: 'the seed network, 9x9', state: seedState() },
  {
    label: 'two blocks, 28x28',
    state: { ...seedState(), input: inputPreset('x', 28, 28), blocks: [defaultBlock(3)] },
  },
];

/** What "Learn from scratch" trains with: the page's settings, every layer learning. */
export const SCRATCH_SETTINGS: TrainSettings = { ...DEFAULT_TRAIN_SETTINGS, learns: 'all' };

/** Examples in the first `step` steps: every epoch is the whole set, its last batch smaller. */
export function examplesIn(step: number, count: number, batch: number): number {
  const perEpoch = stepsPerEpoch(count, batch);
  return Math.floor(step / perEpoch) * count + Math.min(count, (step % perEpoch) * batch);
}

/**
 * The page's run from scratch on case `c`, as the page's worker makes it, warmed up for
 * `warmMs`: `time(ms)` steps it for `ms` and says how many examples it took how long.
 */
export function scratchRun(c: TrainingCase, warmMs: number) {
  const made = decisionNetwork(c.state);
  if ('problem' in made) throw new Error(`${c.label}: the page makes no network`);
  const conv = made.blocks.map((b) => b.conv);
  const settings = SCRATCH_SETTINGS;
  const run: TrainRun = createRun(freshNetwork(made.network, settings.seed, conv), settings, conv)!;
  const count = run.data.train.length;
  const warm = performance.now() + warmMs;
  while (performance.now() < warm) run.step();
  const time = (ms: number): { examples: number; ms: number } => {
    const s0 = run.steps;
    const t0 = performance.now();
    while (performance.now() - t0 < ms) run.step();
    const took = performance.now() - t0;
    const { batchSize } = settings;
    return {
      examples: examplesIn(run.steps, count, batchSize) - examplesIn(s0, count, batchSize),
      ms: took,
    };
  };
  return { count, time };
}
