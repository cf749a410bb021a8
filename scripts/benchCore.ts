// The core's speed: the whole pipeline (conv, pad, pool, ReLU for every kernel) in Node,
// against TensorFlow.js's CPU backend doing the same work in the same process.
// Run with `npm run bench` (or `npx tsx scripts/benchCore.ts`). Prints a Markdown table.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { createMatrix, runPipeline, SEED_CONFIG, type Matrix } from '../src/core';

const CASES: readonly [size: number, kernels: number][] = [
  [9, 3],
  [28, 8],
  [128, 8],
  [512, 8],
];

/** A deterministic pseudo-random matrix with values in [-1, 1] (a small LCG). */
function randomMatrix(h: number, w: number, seed: number): Matrix {
  const m = createMatrix(h, w);
  let s = seed >>> 0;
  for (let i = 0; i < m.data.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    m.data[i] = (s / 2 ** 32) * 2 - 1;
  }
  return m;
}

/** Median milliseconds per call: warm up, then time batches for about `budgetMs`. */
function medianMs(run: () => void, budgetMs = 1500): number {
  for (let i = 0; i < 5; i++) run();
  const t0 = performance.now();
  run();
  const once = Math.max(performance.now() - t0, 0.001);
  const batch = Math.max(1, Math.ceil(2 / once)); // batches of >= ~2 ms for timer resolution
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || samples.length < 7) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) run();
    samples.push((performance.now() - start) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

function ours(input: Matrix, kernels: readonly Matrix[]): () => void {
  return () => {
    runPipeline(input, kernels, SEED_CONFIG);
  };
}

/** The same pipeline in tfjs: conv2d with 8 output channels / 9, pad, maxPool, relu. */
function tfjs(input: Matrix, kernels: readonly Matrix[]): () => void {
  const x = tf.tensor4d(Float32Array.from(input.data), [1, input.height, input.width, 1]);
  const filter = tf.tensor4d(
    Float32Array.from(
      { length: 9 * kernels.length },
      (_, i) => kernels[i % kernels.length]!.data[Math.floor(i / kernels.length)]!,
    ),
    [3, 3, 1, kernels.length],
  );
  const n = input.height - 2;
  const pad = n % 2;
  return () => {
    const [pooled, relu] = tf.tidy(() => {
      const feature = tf.div(tf.conv2d(x, filter, 1, 'valid'), 9);
      const padded = tf.pad(feature, [
        [0, 0],
        [0, pad],
        [0, pad],
        [0, 0],
      ]);
      return [tf.maxPool(padded as tf.Tensor4D, 2, 2, 'valid'), tf.relu(feature)];
    });
    pooled.dataSync();
    relu.dataSync();
    pooled.dispose();
    relu.dispose();
  };
}

await tf.setBackend('cpu');
await tf.ready();
console.log('| input | kernels | ours (ms) | GFLOP/s | tfjs-cpu (ms) | tfjs / ours |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [size, count] of CASES) {
  const input = randomMatrix(size, size, size);
  const kernels = Array.from({ length: count }, (_, k) => randomMatrix(3, 3, 1000 + k));
  const a = medianMs(ours(input, kernels));
  const b = medianMs(tfjs(input, kernels));
  const flops = 2 * (size - 2) ** 2 * 9 * count; // a multiply-add counts as 2 FLOPs
  const gflops = flops / (a * 1e6);
  console.log(
    `| ${size}x${size} | ${count} | ${a.toFixed(4)} | ${gflops.toFixed(2)} | ${b.toFixed(4)} | ${(b / a).toFixed(1)}x |`,
  );
}
