import { describe, expect, it } from 'vitest';
import {
  createTrainer,
  initializeNetwork,
  lossAndGradients,
  networkToJson,
  SEED_NETWORK,
  train,
  xoExamples,
  type Network,
} from '../../src/core';
import { net, picture } from './networkFixtures';

// A one-weight network whose updates can be worked by hand: logits [w * x, 0].
const tiny = (w: number): Network =>
  net([1, 1, 1], [{ type: 'flatten' }, { type: 'linear', weight: [[w], [0]], bias: [0, 0] }]);
const one = [{ input: picture([[1]]), label: 1 }];

describe('train', () => {
  it('SGD: p = p - lr * (grad + weight_decay * p)', () => {
    const { network, losses } = train(tiny(0), one, {
      optimizer: 'sgd',
      learningRate: 0.5,
      batchSize: 1,
      steps: 1,
      weightDecay: 0.1,
    });
    // At w = 0 both logits are 0: loss log 2, d loss / d w = p0 * x = 0.5.
    expect(losses).toEqual([Math.log(2)]);
    const layer = network.layers[1]!;
    if (layer.type !== 'linear') throw new Error('linear expected');
    expect(layer.weight[0]).toBe(0 - 0.5 * 0.5);
    // Biases: d loss / d b = [0.5, -0.5]
    expect(Array.from(layer.bias)).toEqual([-0.25, 0.25]);
  });

  it('SGD with momentum keeps a buffer: b = g at the first step, then momentum * b + g', () => {
    const lr = 0.1;
    const run = train(tiny(0), one, {
      optimizer: 'sgd',
      learningRate: lr,
      momentum: 0.9,
      batchSize: 1,
      steps: 3,
    });
    // The same three steps by hand, with lossAndGradients for each gradient:
    // parameters [w0, w1, b0, b1] of the linear layer.
    const p = [0, 0, 0, 0];
    const buffer = [0, 0, 0, 0];
    for (let s = 0; s < 3; s++) {
      const n = net(
        [1, 1, 1],
        [{ type: 'flatten' }, { type: 'linear', weight: [[p[0]!], [p[1]!]], bias: [p[2]!, p[3]!] }],
      );
      const g = lossAndGradients(n, picture([[1]]), 1).gradients.layers[1]!;
      if (g.type !== 'linear') throw new Error('linear expected');
      const grads = [...g.weight, ...g.bias];
      for (let i = 0; i < 4; i++) {
        buffer[i] = s === 0 ? grads[i]! : 0.9 * buffer[i]! + grads[i]!;
        p[i] = p[i]! - lr * buffer[i]!;
      }
    }
    const layer = run.network.layers[1]!;
    if (layer.type !== 'linear') throw new Error('linear expected');
    expect([...layer.weight, ...layer.bias]).toEqual(p);
  });

  it('Adam: bias-corrected moments, epsilon after the square root; the first step moves each weight by lr', () => {
    const { network } = train(tiny(0), one, {
      optimizer: 'adam',
      learningRate: 0.01,
      batchSize: 1,
      steps: 1,
    });
    const layer = network.layers[1]!;
    if (layer.type !== 'linear') throw new Error('linear expected');
    // m = 0.1 g, v = 0.001 g², corrected: g and g², so the step is lr * g / (|g| + eps).
    const step = 0.01 * (0.5 / (0.5 + 1e-8));
    expect(layer.weight[0]).toBeCloseTo(-step, 17);
    expect(layer.bias[0]).toBeCloseTo(-step, 17);
    expect(layer.bias[1]).toBeCloseTo(step, 17);
  });

  it('step s uses examples[(s * batchSize + j) % n]; losses[s] is the batch mean before the update', () => {
    const examples = [
      { input: picture([[1]]), label: 0 },
      { input: picture([[2]]), label: 1 },
      { input: picture([[3]]), label: 0 },
    ];
    const options = { optimizer: 'sgd' as const, learningRate: 0.1, batchSize: 2, steps: 2 };
    const { losses } = train(tiny(0.5), examples, options);
    const first =
      (lossAndGradients(tiny(0.5), examples[0]!.input, 0).loss +
        lossAndGradients(tiny(0.5), examples[1]!.input, 1).loss) /
      2;
    expect(losses[0]).toBe(first);
    // The second step's batch is examples 2 and 0: the same as training on that list.
    const manual = train(
      train(tiny(0.5), examples.slice(0, 2), { ...options, steps: 1 }).network,
      [examples[2]!, examples[0]!],
      { ...options, steps: 1 },
    );
    expect(losses[1]).toBe(manual.losses[0]);
  });

  it('changes nothing it was given and is deterministic', () => {
    const examples = xoExamples({ height: 9, width: 9, count: 20, seed: 3 });
    const before = structuredClone(networkToJson(SEED_NETWORK));
    const options = {
      optimizer: 'adam' as const,
      learningRate: 0.01,
      batchSize: 4,
      steps: 10,
      weightDecay: 0.01,
    };
    const a = train(SEED_NETWORK, examples, options);
    const b = train(SEED_NETWORK, examples, options);
    expect(networkToJson(SEED_NETWORK)).toEqual(before);
    expect(a.losses).toEqual(b.losses);
    expect(networkToJson(a.network)).toEqual(networkToJson(b.network));
    expect(networkToJson(a.network)).not.toEqual(before);
  });

  it('freeze keeps those layers exactly as they were', () => {
    const examples = xoExamples({ height: 9, width: 9, count: 10, seed: 4 });
    const start = initializeNetwork(SEED_NETWORK, 7);
    const { network } = train(start, examples, {
      optimizer: 'sgd',
      learningRate: 0.1,
      batchSize: 2,
      steps: 5,
      freeze: [5],
    });
    expect(network.layers[5]).toEqual(start.layers[5]);
    expect(network.layers[0]).not.toEqual(start.layers[0]);
  });

  it('a trainer step for step equals train', () => {
    const examples = xoExamples({ height: 9, width: 9, count: 8, seed: 5 });
    const options = {
      optimizer: 'sgd' as const,
      learningRate: 0.05,
      momentum: 0.9,
      batchSize: 4,
      steps: 6,
    };
    const trainer = createTrainer(SEED_NETWORK, options);
    for (let s = 0; s < 6; s++) trainer.step([0, 1, 2, 3].map((j) => examples[(s * 4 + j) % 8]!));
    expect(trainer.steps).toBe(6);
    expect(networkToJson(trainer.network())).toEqual(
      networkToJson(train(SEED_NETWORK, examples, options).network),
    );
  });

  it('stops at the first non-finite loss or weight and keeps the last finite weights', () => {
    const examples = xoExamples({ height: 9, width: 9, count: 16, seed: 6 });
    const result = train(SEED_NETWORK, examples, {
      optimizer: 'sgd',
      learningRate: 1e300,
      batchSize: 4,
      steps: 50,
    });
    expect(result.diverged).toBeDefined();
    expect(result.losses.length).toBe(result.diverged!.step);
    for (const layer of networkToJson(result.network).layers) {
      if ('weight' in layer)
        expect(layer.weight.flat(3).every((v) => Number.isFinite(v))).toBe(true);
    }
    result.losses.forEach((l) => expect(Number.isFinite(l)).toBe(true));
  });

  it('refuses invalid options, naming the option', () => {
    const ok = { optimizer: 'sgd' as const, learningRate: 0.1, batchSize: 1, steps: 1 };
    const refuses = (options: object, message: string): void => {
      expect(() =>
        train(
          SEED_NETWORK,
          [{ input: picture(Array.from({ length: 9 }, () => Array(9).fill(1))), label: 0 }],
          { ...ok, ...options },
        ),
      ).toThrow(new RangeError(message));
    };
    refuses(
      { optimizer: 'rmsprop' },
      "createTrainer: optimizer must be 'sgd' or 'adam', got rmsprop",
    );
    refuses(
      { learningRate: 0 },
      'createTrainer: learningRate must be a positive finite number, got 0',
    );
    refuses(
      { learningRate: NaN },
      'createTrainer: learningRate must be a positive finite number, got NaN',
    );
    refuses({ batchSize: 0 }, 'train: batchSize must be an integer from 1 to 4096, got 0');
    refuses({ steps: -1 }, 'train: steps must be an integer from 0 to 1000000, got -1');
    refuses({ momentum: 2 }, 'createTrainer: momentum must be a number from 0 to 1, got 2');
    refuses(
      { weightDecay: -1 },
      'createTrainer: weightDecay must be a finite number of at least 0, got -1',
    );
    refuses(
      { beta1: 1 },
      'createTrainer: beta1 must be a number from 0 up to (not including) 1, got 1',
    );
    refuses(
      { beta2: -0.5 },
      'createTrainer: beta2 must be a number from 0 up to (not including) 1, got -0.5',
    );
    refuses({ epsilon: 0 }, 'createTrainer: epsilon must be a positive finite number, got 0');
    refuses({ freeze: [6] }, 'createTrainer: freeze must be a list of layer indices 0..5, got 6');
    expect(() => train(SEED_NETWORK, [], ok)).toThrow(
      new RangeError('train: examples must be a non-empty list'),
    );
    expect(() => train(SEED_NETWORK, [{ input: picture([[1]]), label: 0 }], ok)).toThrow(
      new RangeError('train: examples[0].input: the network takes 1x9x9 inputs, got 1x1x1'),
    );
    expect(() =>
      train(
        SEED_NETWORK,
        [{ input: picture(Array.from({ length: 9 }, () => Array(9).fill(1))), label: 2 }],
        ok,
      ),
    ).toThrow(new RangeError('train: examples[0].label must be a class index 0..1, got 2'));
  });
});
