import type { TrainMessages } from './messages';

const FIELDS: Record<string, string> = {
  learningRate: 'The learning rate must be a positive number, such as 0.01',
  batchSize: 'The batch size must be a whole number from 1 to 256',
  weightDecay: 'The weight decay must be a number from 0 to 1, such as 0 or 0.0001',
  seed: 'The seed must be a whole number',
};

export const trainEn: TrainMessages = {
  title: 'Training',
  about: (train, test) =>
    `Learns from ${train} generated X's and O's; the test set is ${test} others it never learns from.`,
  play: '▶ Train',
  pause: '❚❚ Pause',
  playTitle: 'Play or pause training: the loss falls, the kernels and votes change live',
  step: 'One step',
  stepTitle: 'One training step on one batch',
  fromScratch: 'Learn from scratch',
  fromScratchTitle:
    'Every kernel and vote becomes fresh random weights from the seed; every block learns',
  exportPython: 'PyTorch program',
  exportPythonTitle:
    'This run as a PyTorch program: the same start, examples, order and optimizer; it prints the same loss curve',
  reset: 'Reset',
  resetTitle: 'Back to the weights before this training run, at step 0',
  more: 'Settings and curves',
  less: 'Hide',
  optimizer: 'Optimizer',
  optimizers: { sgd: 'SGD', momentum: 'SGD with momentum 0.9', adam: 'Adam' },
  learningRate: 'Learning rate',
  batchSize: 'Batch size',
  weightDecay: 'Weight decay',
  seed: 'Seed',
  learns: 'What learns',
  learnsChoices: { votes: 'The votes only', kernels: 'Votes and kernels', all: 'Every block' },
  stepCount: (step, epochs) => `step ${step} · epoch ${epochs}`,
  loss: 'loss',
  trainAccuracy: 'training',
  testAccuracy: 'test',
  speed: (steps, examples) => `${steps} steps/s · ${examples} pictures/s`,
  badSetting: (field, value) => `${FIELDS[field] ?? field}; "${value}" is not.`,
  problem: (p) =>
    `Stopped at step ${p.step + 1}: ${
      p.kind === 'loss'
        ? 'the loss grew too large to be a number'
        : 'an update would make a weight too large to be a number'
    }. The learning rate is probably too large: the weights are the last finite ones; try a smaller learning rate (such as 0.01) and press Train.`,
  failed: (message) => `Training cannot run: ${message}.`,
  onPage: (reason) =>
    `Training runs on the page itself (the training worker could not start: ${reason}); the page may be slower while it trains.`,
  changed:
    'The page changed while it trained (an edit, an undo, a new kernel or block): training paused. Press Train to go on from the page as it is now.',
  lossChart: 'Loss',
  accuracyChart: 'Accuracy',
  stepAxis: 'step',
  batchLoss: 'batch loss',
  trainSet: 'training set',
  testSet: 'test set',
  noSteps: 'No steps yet: press Train.',
  noNetwork: 'the page makes no network (see the decision above)',
  tooSmall: 'the picture must be 7x7 to 64x64 for generated examples',
};
