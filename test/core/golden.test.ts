import { describe, expect, it } from 'vitest';
import golden from '../fixtures/golden.json' with { type: 'json' };
import { fromRows, runPipeline, SEED_CONFIG, SEED_KERNELS, SEED_X, toRows } from '../../src/core';

// Compares every number within 1e-12 and reports the first cell that differs.
function expectClose(actual: number[][], expected: number[][], label: string): void {
  expect(actual.length, `${label}: rows`).toBe(expected.length);
  expected.forEach((row, r) => {
    expect(actual[r]?.length, `${label}: row ${r} length`).toBe(row.length);
    row.forEach((v, c) => {
      const a = actual[r]?.[c] ?? NaN;
      expect(Math.abs(a - v), `${label}[${r}][${c}] = ${a}, expected ${v}`).toBeLessThanOrEqual(
        1e-12,
      );
    });
  });
}

describe('the seed parity', () => {
  it('the X preset is the seed input', () => {
    expect(toRows(SEED_X)).toEqual(golden.input);
  });

  it('the kernel presets are the seed kernels', () => {
    expect(SEED_KERNELS.map(toRows)).toEqual(golden.kernels);
  });

  const results = runPipeline(fromRows(golden.input), golden.kernels.map(fromRows), SEED_CONFIG);

  it('computes three results, one per kernel', () => {
    expect(results).toHaveLength(3);
  });

  golden.kernels.forEach((_, k) => {
    it(`reproduces feature map ${k + 1} within 1e-12`, () => {
      const map = results[k]?.feature.map;
      expect(map?.height).toBe(7);
      expectClose(map ? toRows(map) : [], golden.feature_maps[k] ?? [], `feature ${k}`);
    });
    it(`reproduces pooled map ${k + 1} within 1e-12`, () => {
      const map = results[k]?.pooled.map;
      expect(map?.height).toBe(4);
      expectClose(map ? toRows(map) : [], golden.pooled[k] ?? [], `pooled ${k}`);
    });
    it(`reproduces ReLU map ${k + 1} within 1e-12`, () => {
      const map = results[k]?.activated.map;
      expect(map?.height).toBe(7);
      expectClose(map ? toRows(map) : [], golden.relu[k] ?? [], `relu ${k}`);
    });
  });

  it('runs the seed configuration when none is given', () => {
    const byDefault = runPipeline(SEED_X, SEED_KERNELS);
    expect(byDefault.map((r) => r.pooled.map && toRows(r.pooled.map))).toEqual(
      results.map((r) => r.pooled.map && toRows(r.pooled.map)),
    );
  });
});
