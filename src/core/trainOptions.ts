import type { Network } from './networkTypes';
import type { OptimizerSettings } from './optimizer';

/** How a network learns: the optimizer and its settings, and the layers that stay fixed. */
export interface TrainerOptions {
  readonly optimizer: 'sgd' | 'adam';
  /** A positive finite number. */
  readonly learningRate: number;
  /** SGD: 0 (default) to 1. */
  readonly momentum?: number;
  /** L2 weight decay, 0 (default) or more. */
  readonly weightDecay?: number;
  /** Adam: 0 <= beta < 1, defaults 0.9 and 0.999. */
  readonly beta1?: number;
  readonly beta2?: number;
  /** Adam: a positive number, default 1e-8. */
  readonly epsilon?: number;
  /** Indices of layers whose weights stay as they are. */
  readonly freeze?: readonly number[];
  /**
   * Indices of conv2d or linear layers whose bias stays as it is while their weights learn
   * (in PyTorch: `bias.requires_grad_(False)`). The page's kernels share one bias per block,
   * a setting, so the page's training keeps every conv2d bias fixed.
   */
  readonly fixedBiases?: readonly number[];
}

/**
 * Checks trainer options against a network.
 * @throws RangeError naming the option and its value.
 */
export function readTrainerOptions(
  fn: string,
  net: Network,
  options: TrainerOptions,
): { settings: OptimizerSettings; learns: boolean[]; biasLearns: boolean[] } {
  const bad = (name: string, expected: string, value: unknown): RangeError =>
    new RangeError(`${fn}: ${name} must be ${expected}, got ${String(value)}`);
  if (typeof options !== 'object' || options === null) throw bad('options', 'an object', options);
  const { optimizer } = options;
  if (optimizer !== 'sgd' && optimizer !== 'adam') {
    throw bad('optimizer', "'sgd' or 'adam'", optimizer);
  }
  const number = (
    name: keyof TrainerOptions,
    fallback: number,
    ok: (v: number) => boolean,
    expected: string,
  ): number => {
    const v = options[name] ?? fallback;
    if (typeof v !== 'number' || !Number.isFinite(v) || !ok(v)) throw bad(name, expected, v);
    return v;
  };
  const settings: OptimizerSettings = {
    optimizer,
    learningRate: number('learningRate', NaN, (v) => v > 0, 'a positive finite number'),
    momentum: number('momentum', 0, (v) => v >= 0 && v <= 1, 'a number from 0 to 1'),
    weightDecay: number('weightDecay', 0, (v) => v >= 0, 'a finite number of at least 0'),
    beta1: number('beta1', 0.9, (v) => v >= 0 && v < 1, 'a number from 0 up to (not including) 1'),
    beta2: number(
      'beta2',
      0.999,
      (v) => v >= 0 && v < 1,
      'a number from 0 up to (not including) 1',
    ),
    epsilon: number('epsilon', 1e-8, (v) => v > 0, 'a positive finite number'),
  };
  const learns = net.layers.map((layer) => layer.type === 'conv2d' || layer.type === 'linear');
  const freeze = options.freeze ?? [];
  if (!Array.isArray(freeze)) throw bad('freeze', 'a list of layer indices', freeze);
  for (const i of freeze) {
    if (!Number.isInteger(i) || i < 0 || i >= net.layers.length) {
      throw bad('freeze', `a list of layer indices 0..${net.layers.length - 1}`, i);
    }
    learns[i] = false;
  }
  const biasLearns = learns.slice();
  const fixed = options.fixedBiases ?? [];
  if (!Array.isArray(fixed)) throw bad('fixedBiases', 'a list of layer indices', fixed);
  for (const i of fixed) {
    const type = Number.isInteger(i) ? net.layers[i]?.type : undefined;
    if (type !== 'conv2d' && type !== 'linear') {
      throw bad('fixedBiases', 'a list of indices of conv2d or linear layers', i);
    }
    biasLearns[i] = false;
  }
  return { settings, learns, biasLearns };
}
