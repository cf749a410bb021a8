import { describe, expect, it } from 'vitest';
import { createMatrix, fromRows, SEED_KERNELS, toRows } from '../../src/core';
import { LIMITS, reducer, seedState, type Action } from '../../src/state';
import { reduceAll, expectRefused, run, raw, PLUS } from './reducerFixtures';

describe('reducer: the lab actions', () => {
  describe('setWeight', () => {
    it('sets one weight of one kernel and keeps the other kernels as the same objects', () => {
      const state = seedState();
      const next = reduceAll(state, { type: 'setWeight', k: 1, index: 4, value: 0.5 });
      expect(toRows(next.kernels[1]!)).toEqual([
        [1, -1, 1],
        [-1, 0.5, -1],
        [1, -1, 1],
      ]);
      expect(next.kernels[0]).toBe(SEED_KERNELS[0]);
      expect(next.kernels[2]).toBe(SEED_KERNELS[2]);
      expect(next.input).toBe(state.input);
      expect(next.config).toBe(state.config);
      expect(Array.from(SEED_KERNELS[1]!.data)).toEqual([1, -1, 1, -1, 1, -1, 1, -1, 1]);
    });

    it('refuses NaN and the infinities', () => {
      const state = seedState();
      for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        expectRefused(state, { type: 'setWeight', k: 0, index: 0, value });
      }
    });

    it('refuses an index outside the kernel or a kernel that does not exist', () => {
      const state = seedState();
      for (const index of [-1, 9, 1.5]) {
        expectRefused(state, { type: 'setWeight', k: 0, index, value: 0.5 });
      }
      for (const k of [-1, 3, 0.5]) {
        expectRefused(state, { type: 'setWeight', k, index: 0, value: 0.5 });
      }
    });

    it('returns the same state object when the weight already has the value', () => {
      const state = seedState();
      expectRefused(state, { type: 'setWeight', k: 0, index: 0, value: 1 });
      expectRefused(state, { type: 'setWeight', k: 0, index: 1, value: -1 });
    });

    it('writes +0, not -0', () => {
      const next = reduceAll(seedState(), { type: 'setWeight', k: 2, index: 8, value: -0 });
      expect(Object.is(next.kernels[2]!.data[8], 0)).toBe(true);
      // And -0 on a weight that is already 0 changes nothing.
      expectRefused(next, { type: 'setWeight', k: 2, index: 8, value: -0 });
    });
  });

  describe('cycleWeight', () => {
    it('cycles a weight -1 -> 0 -> 1 -> -1', () => {
      const action: Action = { type: 'cycleWeight', k: 0, index: 1 };
      const s0 = seedState();
      expect(s0.kernels[0]!.data[1]).toBe(-1);
      const s1 = reduceAll(s0, action);
      expect(Object.is(s1.kernels[0]!.data[1], 0)).toBe(true);
      const s2 = reduceAll(s1, action);
      expect(s2.kernels[0]!.data[1]).toBe(1);
      const s3 = reduceAll(s2, action);
      expect(s3.kernels[0]!.data[1]).toBe(-1);
      expect(toRows(s3.kernels[0]!)).toEqual(toRows(SEED_KERNELS[0]!));
    });

    it('moves other weights to the next step: 0.3 -> 1, -0.7 -> 0, 2 -> -1', () => {
      for (const [from, to] of [
        [0.3, 1],
        [-0.7, 0],
        [2, -1],
      ] as const) {
        const state = reducer(seedState(), { type: 'setWeight', k: 1, index: 3, value: from });
        expect(state.kernels[1]!.data[3]).toBe(from);
        const next = reduceAll(state, { type: 'cycleWeight', k: 1, index: 3 });
        expect(next.kernels[1]!.data[3]).toBe(to);
      }
    });

    it('changes only the clicked weight', () => {
      const next = reduceAll(seedState(), { type: 'cycleWeight', k: 2, index: 4 });
      expect(toRows(next.kernels[2]!)).toEqual([
        [-1, -1, 1],
        [-1, -1, -1],
        [1, -1, -1],
      ]);
      expect(next.kernels[0]).toBe(SEED_KERNELS[0]);
      expect(next.kernels[1]).toBe(SEED_KERNELS[1]);
    });

    it('refuses an index outside the kernel or a kernel that does not exist', () => {
      const state = seedState();
      for (const [k, index] of [
        [0, -1],
        [0, 9],
        [0, 0.5],
        [-1, 0],
        [3, 0],
        [1.5, 0],
      ] as const) {
        expectRefused(state, { type: 'cycleWeight', k, index });
      }
    });
  });

  describe('setKernel', () => {
    it('replaces a kernel with a valid one, even a 2x4 rectangle, and keeps the others', () => {
      const rect = fromRows([
        [1, 2, 3, 4],
        [-1, -2, -3, -4],
      ]);
      const state = seedState();
      const next = reduceAll(state, { type: 'setKernel', k: 1, kernel: rect });
      expect(next.kernels).toHaveLength(3);
      expect(next.kernels[0]).toBe(SEED_KERNELS[0]);
      expect(next.kernels[1]).toBe(rect);
      expect(next.kernels[2]).toBe(SEED_KERNELS[2]);
      expect(next.input).toBe(state.input);
      expect(next.config).toBe(state.config);
    });

    it('refuses a 6x6 kernel, a 0x3 kernel and a kernel with a NaN weight', () => {
      const state = seedState();
      const nan = createMatrix(3, 3, 1);
      nan.data[2] = Number.NaN;
      for (const kernel of [createMatrix(6, 6, 1), createMatrix(0, 3), nan]) {
        expectRefused(state, { type: 'setKernel', k: 0, kernel });
      }
    });

    it('refuses a kernel index that does not exist', () => {
      const state = seedState();
      for (const k of [-1, 3, 0.5]) expectRefused(state, { type: 'setKernel', k, kernel: PLUS });
    });

    it('returns the same state object for the kernel that is already there', () => {
      const state = seedState();
      expectRefused(state, { type: 'setKernel', k: 2, kernel: SEED_KERNELS[2]! });
    });
  });

  describe('addKernel and removeKernel', () => {
    it('adds kernels at the end up to 8, then refuses a ninth', () => {
      let state = seedState();
      for (let n = 4; n <= LIMITS.kernels[1]; n++) {
        state = reduceAll(state, { type: 'addKernel', kernel: PLUS });
        expect(state.kernels).toHaveLength(n);
        expect(state.kernels[n - 1]).toBe(PLUS);
      }
      expect(state.kernels).toHaveLength(8);
      expect(state.kernels.slice(0, 3)).toEqual(SEED_KERNELS);
      expectRefused(state, { type: 'addKernel', kernel: PLUS });
    });

    it('refuses to add an invalid kernel', () => {
      const state = seedState();
      expectRefused(state, { type: 'addKernel', kernel: createMatrix(6, 1) });
      expectRefused(state, { type: 'addKernel', kernel: raw(2, 2, [1, 1, 1]) });
    });

    it('removes the kernel at the index and keeps the others in order', () => {
      const next = reduceAll(seedState(), { type: 'removeKernel', k: 1 });
      expect(next.kernels).toHaveLength(2);
      expect(next.kernels[0]).toBe(SEED_KERNELS[0]);
      expect(next.kernels[1]).toBe(SEED_KERNELS[2]);
    });

    it('removes kernels down to 1, then refuses to remove the last', () => {
      const one = run(seedState(), [
        { type: 'removeKernel', k: 0 },
        { type: 'removeKernel', k: 0 },
      ]);
      expect(one.kernels).toHaveLength(1);
      expect(one.kernels[0]).toBe(SEED_KERNELS[2]);
      expectRefused(one, { type: 'removeKernel', k: 0 });
    });

    it('refuses to remove a kernel index that does not exist', () => {
      const state = seedState();
      for (const k of [-1, 3, 0.5]) expectRefused(state, { type: 'removeKernel', k });
    });
  });
});
