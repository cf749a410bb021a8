import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/core';
import { firstBlockOf, sameStructure, stageOf } from '../../src/present/firstBlock';
import { reducer, resizeKernel, seedState } from '../../src/state';

describe('firstBlockOf', () => {
  it("gives the core pipeline's maps of the state's picture, kernels and settings", () => {
    const state = seedState();
    const { parts, results } = firstBlockOf(state);
    expect(parts).toBeNull();
    const want = runPipeline(state.input, state.kernels, state.config);
    expect(results.map((r) => Array.from(r.feature.map!.data))).toEqual(
      want.map((r) => Array.from(r.feature.map!.data)),
    );
    expect(Array.from(stageOf(results[2]!, 'pool').map!.data)).toEqual(
      Array.from(want[2]!.pooled.map!.data),
    );
    expect(stageOf(results[0]!, 'relu')).toBe(results[0]!.activated);
  });

  it('computes once for the same state and again for a changed picture', () => {
    const state = seedState();
    const first = firstBlockOf(state);
    expect(firstBlockOf({ ...state })).toBe(first);
    const flipped = reducer(state, { type: 'flip', cell: { row: 4, col: 4 } });
    const next = firstBlockOf(flipped);
    expect(next).not.toBe(first);
    expect(next.results[0]!.feature.map!.data[24]).not.toBe(
      first.results[0]!.feature.map!.data[24],
    );
  });
});

describe('sameStructure', () => {
  const seed = seedState();
  const results = runPipeline(seed.input, seed.kernels, seed.config);

  it('holds for maps of the same shapes with other numbers', () => {
    const flipped = reducer(seed, { type: 'flip', cell: { row: 4, col: 4 } });
    expect(sameStructure(results, runPipeline(flipped.input, seed.kernels, seed.config))).toBe(
      true,
    );
  });

  it('fails for another kernel size, another kernel count, or a stage left without a map', () => {
    const resized = seed.kernels.map((k, i) => (i === 1 ? resizeKernel(k, 2) : k));
    expect(sameStructure(results, runPipeline(seed.input, resized, seed.config))).toBe(false);
    expect(sameStructure(results, results.slice(0, 2))).toBe(false);
    const tooLarge = { ...seed.config, pool: { ...seed.config.pool, size: 9 } };
    expect(sameStructure(results, runPipeline(seed.input, seed.kernels, tooLarge))).toBe(false);
  });
});
