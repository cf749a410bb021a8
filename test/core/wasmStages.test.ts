import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import golden from '../fixtures/golden.json' with { type: 'json' };
import { assembleStages, bytesModule, BYTES_PATH } from '../../scripts/assembleWasm';
import {
  activate,
  conv2d,
  fromRows,
  pool2d,
  runPipeline,
  SEED_CONFIG,
  type ActivationKind,
  type Matrix,
  type PipelineConfig,
  type PoolEdge,
} from '../../src/core';
import { beginWasmRun } from '../../src/core/wasmStages';
import { rowsArb, value } from './propertyArbitraries';

/** Every cell identical, -0 and +0 told apart: the WebAssembly path must be bit-identical. */
function expectIdentical(actual: Matrix | null, expected: Matrix, label: string): void {
  expect(actual, label).not.toBeNull();
  expect([actual?.height, actual?.width], `${label}: shape`).toEqual([
    expected.height,
    expected.width,
  ]);
  const differs = expected.data.findIndex((v, i) => !Object.is(actual?.data[i], v));
  expect(differs, `${label}: first differing cell`).toBe(-1);
}

/** The pipeline's stages rebuilt from the public per-stage functions (plain JavaScript loops). */
function composed(input: Matrix, kernel: Matrix, config: PipelineConfig) {
  const { conv, pool } = config;
  const feature = conv2d(input, kernel, {
    stride: conv.stride,
    padding: conv.padding,
    dilation: conv.dilation,
    bias: conv.bias,
    divisor: conv.normalize ? 9 : 1,
  });
  const activated = activate(feature, config.activation);
  const source = config.order === 'chain' ? activated : feature;
  const pooled = pool2d(source, pool.kind, {
    size: pool.size,
    stride: pool.stride,
    ceilMode: pool.edge === 'ceil',
    zeroPadEnd: pool.edge === 'pad',
  });
  return { feature, activated, pooled };
}

const configArb: fc.Arbitrary<PipelineConfig> = fc.record({
  conv: fc.record({
    stride: fc.constantFrom(1, 1, 1, 2),
    padding: fc.integer({ min: 0, max: 2 }),
    dilation: fc.integer({ min: 1, max: 2 }),
    bias: fc.constantFrom(0, -0, 0.5, -1.25),
    normalize: fc.boolean(),
  }),
  pool: fc.record({
    kind: fc.constantFrom('max' as const, 'avg' as const),
    size: fc.constantFrom(2, 2, 1, 3),
    stride: fc.constantFrom(2, 2, 1, 3),
    edge: fc.constantFrom<PoolEdge>('pad', 'drop', 'ceil'),
  }),
  activation: fc.constantFrom<ActivationKind>('relu', 'relu', 'tanh', 'leakyRelu'),
  order: fc.constantFrom('branch' as const, 'chain' as const),
});

function grid(h: number, w: number, cell: fc.Arbitrary<number>): fc.Arbitrary<number[][]> {
  const row = fc.array(cell, { minLength: w, maxLength: w });
  return fc.array(row, { minLength: h, maxLength: h });
}

describe('the WebAssembly stages', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('the committed bytes are what scripts/assembleWasm.ts makes of stages.wat', async () => {
    const bytes = await assembleStages();
    expect(readFileSync(BYTES_PATH, 'utf8')).toBe(bytesModule(bytes));
  });

  it('are available in Node, so the tests below exercise them', () => {
    expect(beginWasmRun(fromRows([[1, 2, 3]]), 1, 1)).not.toBeNull();
  });

  it('runPipeline equals conv2d, the activation and pool2d composed, bit for bit', () => {
    // Pictures like the app's (few distinct values, signed zeros) make ties and -0 common.
    const cell = fc.oneof(value, fc.constantFrom(-1, -0, 0, 1));
    const caseArb = fc
      .record({ h: fc.integer({ min: 3, max: 14 }), w: fc.integer({ min: 3, max: 14 }) })
      .chain(({ h, w }) => fc.tuple(grid(h, w, cell), grid(3, 3, cell), configArb));
    fc.assert(
      fc.property(caseArb, ([rows, kernelRows, config]) => {
        const input = fromRows(rows);
        const kernel = fromRows(kernelRows);
        const [result] = runPipeline(input, [kernel], config);
        if (!result?.feature.map || !result.pooled.map) return; // a window did not fit
        const expected = composed(input, kernel, config);
        expectIdentical(result.feature.map, expected.feature, 'feature');
        expectIdentical(result.activated.map, expected.activated, 'activated');
        expectIdentical(result.pooled.map, expected.pooled, 'pooled');
      }),
      { numRuns: 300 },
    );
  });

  it('grow their memory for a 300x300 input and still match the JavaScript loops', () => {
    const rows = fc.sample(rowsArb(300, 300), { numRuns: 1, seed: 7 })[0] ?? [];
    const input = fromRows(rows);
    const kernel = fromRows([
      [0.5, -1, 0.25],
      [1, 0, -0.5],
      [-0.75, 1, 2],
    ]);
    const [result] = runPipeline(input, [kernel, kernel], SEED_CONFIG);
    const expected = composed(input, kernel, SEED_CONFIG);
    expectIdentical(result?.feature.map ?? null, expected.feature, 'feature');
    expectIdentical(result?.activated.map ?? null, expected.activated, 'activated');
    expectIdentical(result?.pooled.map ?? null, expected.pooled, 'pooled');
  });

  it('leave earlier results untouched when a later run reuses their memory', () => {
    const kernel = fromRows(golden.kernels[0] ?? []);
    const [first] = runPipeline(fromRows(golden.input), [kernel]);
    const before = Float64Array.from(first?.feature.map?.data ?? []);
    runPipeline(fromRows(golden.input.map((row) => row.map((v) => -v))), [kernel]);
    expect(first?.feature.map?.data).toEqual(before);
  });

  it('without WebAssembly, runPipeline falls back to the JavaScript loops with the same numbers', async () => {
    const input = fromRows(golden.input);
    const kernels = golden.kernels.map(fromRows);
    const withWasm = runPipeline(input, kernels);
    vi.stubGlobal('WebAssembly', undefined);
    vi.resetModules();
    const fallback = await import('../../src/core/wasmStages');
    expect(fallback.beginWasmRun(input, 49, 16)).toBeNull();
    const { runPipeline: runWithoutWasm } = await import('../../src/core/pipeline');
    runWithoutWasm(input, kernels).forEach((result, k) => {
      const expected = withWasm[k];
      for (const stage of ['feature', 'activated', 'pooled'] as const) {
        const map = expected?.[stage].map;
        if (map) expectIdentical(result[stage].map, map, `kernel ${k} ${stage}`);
      }
    });
  });
});
