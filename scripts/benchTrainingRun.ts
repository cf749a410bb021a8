// Training speed: examples per second of the core's createTrainer (SGD, every layer learning)
// on (a) the seed network with batch 8 and (b) a 28x28 network of two blocks of 8 3x3 kernels
// (ReLU, 2x2 max pooling) and 10 classes with batch 16, against TensorFlow.js's CPU backend
// training the same network on the same data in this process, and PyTorch on the CPU with
// one thread in float64 (a Python subprocess, when /usr/bin/python3 has torch). Then the
// heap before and after 10,000 steps of a trainer on (a): a step allocates nothing.
// Run with `npm run bench` (or `npx tsx scripts/benchTraining.ts`, which bundles this file).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import {
  createTrainer,
  initializeNetwork,
  networkToJson,
  parseNetwork,
  SEED_NETWORK,
  tensorToArrays,
  xoExamples,
  type Example,
  type Network,
  type NetworkJson,
} from '../src/core';

const PYTHON = '/usr/bin/python3';
const LEARNING_RATE = 0.01;
const BUDGET_MS = 2000;

interface Case {
  readonly name: string;
  readonly net: Network;
  readonly batchSize: number;
  readonly examples: readonly Example[];
}

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

/** 28x28 -> [conv 8 3x3 -> ReLU -> 2x2 max] x 2 -> flatten (8x5x5) -> linear to 10 classes. */
const MNIST_LIKE: NetworkJson = {
  input: [1, 28, 28],
  layers: [
    {
      type: 'conv2d',
      weight: zeros(8).map(() => [[zeros(3), zeros(3), zeros(3)]]),
      bias: zeros(8),
    },
    { type: 'relu' },
    { type: 'maxPool2d', size: 2 },
    {
      type: 'conv2d',
      weight: zeros(8).map(() => zeros(8).map(() => [zeros(3), zeros(3), zeros(3)])),
      bias: zeros(8),
    },
    { type: 'relu' },
    { type: 'maxPool2d', size: 2 },
    { type: 'flatten' },
    { type: 'linear', weight: zeros(10).map(() => zeros(200)), bias: zeros(10) },
  ],
};

const CASES: Case[] = [
  {
    name: '(a) seed 9x9, 3 kernels, votes',
    net: SEED_NETWORK,
    batchSize: 8,
    examples: xoExamples({ height: 9, width: 9, count: 64, seed: 1 }),
  },
  {
    name: '(b) 28x28, 2 x 8 3x3 kernels, 10 classes',
    net: initializeNetwork(parseNetwork(MNIST_LIKE), 1),
    batchSize: 16,
    examples: xoExamples({ height: 28, width: 28, count: 64, seed: 2 }).map((e, i) => ({
      input: e.input,
      label: i % 10,
    })),
  },
];

/** Runs `step(s)` for about BUDGET_MS after a warm-up; the steps per second. */
function stepsPerSecond(step: (s: number) => void): number {
  let s = 0;
  const warmEnd = performance.now() + 300;
  while (performance.now() < warmEnd) step(s++);
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < BUDGET_MS) {
    for (let i = 0; i < 10; i++) step(s++ + i);
    n += 10;
  }
  return (n * 1000) / (performance.now() - start);
}

function batchAt(c: Case, s: number): Example[] {
  const out: Example[] = [];
  for (let j = 0; j < c.batchSize; j++)
    out.push(c.examples[(s * c.batchSize + j) % c.examples.length]!);
  return out;
}

function ours(c: Case): { perSecond: number; firstLoss: number } {
  const first = createTrainer(c.net, { optimizer: 'sgd', learningRate: LEARNING_RATE });
  const firstLoss = first.step(batchAt(c, 0)).loss;
  const trainer = createTrainer(c.net, { optimizer: 'sgd', learningRate: LEARNING_RATE });
  // Batches made beforehand, so that only the trainer is timed.
  const batches = Array.from({ length: c.examples.length }, (_, s) => batchAt(c, s));
  const perSecond = stepsPerSecond((s) => {
    trainer.step(batches[s % batches.length]!);
  });
  return { perSecond: perSecond * c.batchSize, firstLoss };
}

/** The same network in tfjs (NHWC; transposed to NCHW before flatten, as the core flattens). */
function tfjs(c: Case): { perSecond: number; firstLoss: number } {
  const json = networkToJson(c.net);
  const [channels, height, width] = json.input;
  const classes = c.net.shapes[c.net.shapes.length - 1]![0];
  const vars: tf.Variable[] = [];
  const layers = json.layers.map((layer) => {
    if (layer.type === 'conv2d') {
      // [out][in][kh][kw] -> [kh][kw][in][out]
      const w = tf.variable(tf.transpose(tf.tensor4d(layer.weight), [2, 3, 1, 0]));
      const b = tf.variable(tf.tensor1d(layer.bias));
      vars.push(w, b);
      return { layer, w, b };
    }
    if (layer.type === 'linear') {
      const w = tf.variable(tf.transpose(tf.tensor2d(layer.weight)));
      const b = tf.variable(tf.tensor1d(layer.bias));
      vars.push(w, b);
      return { layer, w, b };
    }
    return { layer, w: null, b: null };
  });
  const model = (x: tf.Tensor4D): tf.Tensor2D => {
    let y: tf.Tensor = x;
    for (const { layer, w, b } of layers) {
      switch (layer.type) {
        case 'conv2d': {
          if ((layer.padding ?? 0) !== 0 || (layer.dilation ?? 1) !== 1) {
            throw new Error('benchTraining: the tfjs model has no conv padding or dilation');
          }
          const conv = tf.conv2d(y as tf.Tensor4D, w as tf.Tensor4D, layer.stride ?? 1, 'valid');
          y = tf.add(tf.div(conv, layer.divisor ?? 1), b!);
          break;
        }
        case 'pad':
          y = tf.pad(y, [
            [0, 0],
            [layer.top, layer.bottom],
            [layer.left, layer.right],
            [0, 0],
          ]);
          break;
        case 'maxPool2d':
          y = tf.maxPool(y as tf.Tensor4D, layer.size, layer.stride ?? layer.size, 'valid');
          break;
        case 'relu':
          y = tf.relu(y);
          break;
        case 'flatten':
          y = tf.reshape(tf.transpose(y, [0, 3, 1, 2]), [y.shape[0]!, -1]);
          break;
        case 'linear':
          y = tf.add(tf.matMul(y as tf.Tensor2D, w as tf.Tensor2D), b!);
          break;
        default:
          throw new Error(`benchTraining: no tfjs layer for ${layer.type}`);
      }
    }
    return y as tf.Tensor2D;
  };
  const batches = Array.from({ length: c.examples.length }, (_, s) => {
    const batch = batchAt(c, s);
    const x = tf.transpose(
      tf.tensor4d(Float32Array.from(batch.flatMap((e) => Array.from(e.input.data))), [
        c.batchSize,
        channels,
        height,
        width,
      ]),
      [0, 2, 3, 1],
    );
    const labels = tf.oneHot(
      tf.tensor1d(
        batch.map((e) => e.label),
        'int32',
      ),
      classes,
    );
    return { x, labels };
  });
  const optimizer = tf.train.sgd(LEARNING_RATE);
  const lossOf = (s: number): tf.Scalar => {
    const { x, labels } = batches[s % batches.length]!;
    return tf.losses.softmaxCrossEntropy(labels, model(x));
  };
  const firstLoss = tf.tidy(() => lossOf(0).dataSync()[0]!);
  const perSecond = stepsPerSecond((s) => {
    const loss = optimizer.minimize(() => lossOf(s), true, vars);
    loss!.dataSync();
    loss!.dispose();
  });
  optimizer.dispose();
  for (const v of vars) v.dispose();
  for (const { x, labels } of batches) {
    x.dispose();
    labels.dispose();
  }
  return { perSecond: perSecond * c.batchSize, firstLoss };
}

const TORCH_PROGRAM = String.raw`
import json, sys, time
import torch
import torch.nn.functional as F

torch.set_num_threads(1)
case = json.load(open(sys.argv[1]))
net = case["network"]
params = []
for layer in net["layers"]:
    if layer["type"] in ("conv2d", "linear"):
        params.append((torch.tensor(layer["weight"], dtype=torch.float64, requires_grad=True),
                       torch.tensor(layer["bias"], dtype=torch.float64, requires_grad=True)))
    else:
        params.append(None)

def model(x):
    for layer, p in zip(net["layers"], params):
        t = layer["type"]
        if t == "conv2d":
            x = F.conv2d(x, p[0], stride=layer.get("stride", 1)) / layer.get("divisor", 1) + p[1].view(-1, 1, 1)
        elif t == "pad":
            x = F.pad(x, (layer["left"], layer["right"], layer["top"], layer["bottom"]))
        elif t == "maxPool2d":
            x = F.max_pool2d(x, layer["size"], layer.get("stride", layer["size"]))
        elif t == "relu":
            x = F.relu(x)
        elif t == "flatten":
            x = torch.flatten(x, 1)
        elif t == "linear":
            x = F.linear(x, p[0], p[1])
        else:
            raise ValueError(t)
    return x

examples = case["examples"]
b = case["batchSize"]
batches = []
for s in range(len(examples)):
    batch = [examples[(s * b + j) % len(examples)] for j in range(b)]
    batches.append((torch.tensor([e["input"] for e in batch], dtype=torch.float64),
                    torch.tensor([e["label"] for e in batch])))
optimizer = torch.optim.SGD([t for p in params if p is not None for t in p], lr=case["learningRate"])

def step(s):
    x, labels = batches[s % len(batches)]
    optimizer.zero_grad()
    loss = F.cross_entropy(model(x), labels)
    loss.backward()
    optimizer.step()
    return loss.item()

first = step(0)
s = 1
end = time.perf_counter() + 0.3
while time.perf_counter() < end:
    step(s); s += 1
start = time.perf_counter()
n = 0
while time.perf_counter() - start < case["budget"]:
    for i in range(10):
        step(s); s += 1
    n += 10
print(json.dumps({"perSecond": n * b / (time.perf_counter() - start), "firstLoss": first}))
`;

function pytorch(c: Case, dir: string): { perSecond: number; firstLoss: number } | string {
  const casePath = join(dir, 'case.json');
  const programPath = join(dir, 'bench.py');
  writeFileSync(programPath, TORCH_PROGRAM);
  writeFileSync(
    casePath,
    JSON.stringify({
      network: networkToJson(c.net),
      examples: c.examples.map((e) => ({ input: tensorToArrays(e.input), label: e.label })),
      batchSize: c.batchSize,
      learningRate: LEARNING_RATE,
      budget: BUDGET_MS / 1000,
    }),
  );
  try {
    const out = execFileSync(PYTHON, [programPath, casePath], {
      encoding: 'utf8',
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out.trim().split('\n').at(-1)!) as { perSecond: number; firstLoss: number };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return `unavailable (${message})`;
  }
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The heap before and after 10,000 steps of a trainer on network (a), after its first step. */
function heap(c: Case): { before: number; after: number; hasGc: boolean } {
  const trainer = createTrainer(c.net, { optimizer: 'sgd', learningRate: LEARNING_RATE });
  const batches = Array.from({ length: c.examples.length }, (_, s) => batchAt(c, s));
  for (let s = 0; s < 100; s++) trainer.step(batches[s % batches.length]!);
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let s = 0; s < 10_000; s++) trainer.step(batches[s % batches.length]!);
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  return { before, after, hasGc: typeof (globalThis as { gc?: unknown }).gc === 'function' };
}

const fixed = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

await tf.setBackend('cpu');
await tf.ready();
const dir = mkdtempSync(join(tmpdir(), 'cnn-bench-training-'));
const rows: string[] = [];
const losses: string[] = [];
try {
  for (const c of CASES) {
    const a = ours(c);
    const t = tfjs(c);
    const p = pytorch(c, dir);
    const torchRate = typeof p === 'string' ? p : fixed(p.perSecond);
    const torchRatio = typeof p === 'string' ? '-' : `${(a.perSecond / p.perSecond).toFixed(2)}x`;
    rows.push(
      `| ${c.name} | ${c.batchSize} | ${fixed(a.perSecond)} | ${fixed(t.perSecond)} | ${torchRate} | ` +
        `${(a.perSecond / t.perSecond).toFixed(1)}x | ${torchRatio} |`,
    );
    const torchLoss = typeof p === 'string' ? '-' : String(p.firstLoss);
    losses.push(
      `${c.name}: ours ${a.firstLoss}, tfjs (float32) ${t.firstLoss}, PyTorch ${torchLoss}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('');
console.log('Training, SGD lr 0.01, every layer learning (examples per second):');
console.log('');
console.log(
  '| network | batch | ours ex/s | tfjs-cpu ex/s | PyTorch ex/s | ours / tfjs | ours / PyTorch |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log('');
console.log('First batch loss (the same network and data in each):');
for (const line of losses) console.log(`- ${line}`);
const h = heap(CASES[0]!);
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
console.log('');
console.log(
  `Heap used, trainer on (a): ${kb(h.before)} before 10,000 steps, ${kb(h.after)} after ` +
    `(${h.after - h.before >= 0 ? '+' : ''}${kb(h.after - h.before)})` +
    (h.hasGc ? ', after global.gc()' : ' (run with --expose-gc for figures after a collection)'),
);
