import { describe, expect, it } from 'vitest';
import { createMatrix, fromRows, SEED_KERNELS, toRows, type Matrix } from '../../src/core';
import { addKernel, cycleWeight, removeKernel, replaceKernel, setWeight } from '../../src/state';

const [DIAGONAL, X, ANTI] = SEED_KERNELS as [Matrix, Matrix, Matrix];

/** A snapshot of a list of kernels: the list's members and every kernel's weights. */
function snapshot(kernels: readonly Matrix[]): { members: Matrix[]; weights: number[][] } {
  return { members: [...kernels], weights: kernels.map((m) => Array.from(m.data)) };
}

/** Checks that `kernels` still has the members and weights of `before`. */
function expectUnchanged(
  kernels: readonly Matrix[],
  before: { members: Matrix[]; weights: number[][] },
): void {
  expect(kernels.length).toBe(before.members.length);
  kernels.forEach((m, i) => {
    expect(m).toBe(before.members[i]);
    expect(Array.from(m.data)).toEqual(before.weights[i]);
  });
}

/** Three fresh 3x3 kernels, so that a stray write could not reach the shared seed kernels. */
function fresh(): Matrix[] {
  return SEED_KERNELS.map((m) => fromRows(toRows(m)));
}

describe('cycleWeight', () => {
  it('goes -1 -> 0 -> +1 -> -1', () => {
    expect(cycleWeight(-1)).toBe(0);
    expect(cycleWeight(0)).toBe(1);
    expect(cycleWeight(1)).toBe(-1);
  });

  it('gives 0, not -0, after -1', () => {
    expect(Object.is(cycleWeight(-1), 0)).toBe(true);
  });

  it('moves a value between the steps to the next step: 0.3 -> 1, -0.7 -> 0, 2 -> -1', () => {
    expect(cycleWeight(0.3)).toBe(1);
    expect(cycleWeight(-0.7)).toBe(0);
    expect(cycleWeight(2)).toBe(-1);
  });

  it('puts the thresholds at -0.5 and +0.5: -0.5 -> 1 and 0.5 -> -1', () => {
    expect(cycleWeight(-0.5)).toBe(1);
    expect(cycleWeight(-0.5000001)).toBe(0);
    expect(cycleWeight(0.4999999)).toBe(1);
    expect(cycleWeight(0.5)).toBe(-1);
  });

  it('sends large weights of either sign to a step: -4 -> 0 and 5 -> -1', () => {
    expect(cycleWeight(-4)).toBe(0);
    expect(cycleWeight(5)).toBe(-1);
    expect(cycleWeight(-0)).toBe(1);
  });
});

describe('setWeight', () => {
  it('sets one weight of one kernel and keeps the other kernels as the same objects', () => {
    const kernels = fresh();
    const before = snapshot(kernels);
    const next = setWeight(kernels, 1, 4, 0.5);
    expect(toRows(next[1]!)).toEqual([
      [1, -1, 1],
      [-1, 0.5, -1],
      [1, -1, 1],
    ]);
    expect(next[0]).toBe(kernels[0]);
    expect(next[2]).toBe(kernels[2]);
    expect(next[1]).not.toBe(kernels[1]);
    expectUnchanged(kernels, before);
  });

  it('writes into a new weight array, never into the previous kernel', () => {
    const kernels = fresh();
    const next = setWeight(kernels, 0, 0, -3);
    expect(next[0]!.data).not.toBe(kernels[0]!.data);
    expect(next[0]!.data[0]).toBe(-3);
    expect(kernels[0]!.data[0]).toBe(1);
  });

  it('keeps the shape of a rectangular kernel', () => {
    const rect = fromRows([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
    ]);
    const next = setWeight([rect], 0, 6, 0);
    expect(next[0]!.height).toBe(2);
    expect(next[0]!.width).toBe(4);
    expect(toRows(next[0]!)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 0, 8],
    ]);
  });

  it('writes +0 when asked for -0', () => {
    const next = setWeight(fresh(), 0, 0, -0);
    expect(Object.is(next[0]!.data[0], 0)).toBe(true);
  });

  it('returns the same list when the weight already has the value (or -0 for a 0)', () => {
    const kernels = fresh();
    expect(setWeight(kernels, 0, 0, 1)).toBe(kernels);
    const zeroed = setWeight(kernels, 0, 0, 0);
    expect(setWeight(zeroed, 0, 0, -0)).toBe(zeroed);
  });

  it('returns the same list for NaN and the infinities', () => {
    const kernels = fresh();
    const before = snapshot(kernels);
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(setWeight(kernels, 0, 0, v)).toBe(kernels);
    }
    expectUnchanged(kernels, before);
  });

  it('returns the same list for an index outside the kernel or not an integer', () => {
    const kernels = fresh();
    for (const index of [-1, 9, 100, 1.5, Number.NaN]) {
      expect(setWeight(kernels, 0, index, 0.5)).toBe(kernels);
    }
  });

  it('returns the same list for a kernel that does not exist', () => {
    const kernels = fresh();
    for (const k of [-1, 3, 0.5, Number.NaN]) {
      expect(setWeight(kernels, k, 0, 0.5)).toBe(kernels);
    }
  });
});

describe('replaceKernel', () => {
  const rect = fromRows([
    [0.5, -0.5, 1, 2],
    [3, 4, 5, 6],
  ]);

  it('puts the given kernel object at the index and keeps the others', () => {
    const kernels = fresh();
    const before = snapshot(kernels);
    const next = replaceKernel(kernels, 2, rect);
    expect(next).toHaveLength(3);
    expect(next[0]).toBe(kernels[0]);
    expect(next[1]).toBe(kernels[1]);
    expect(next[2]).toBe(rect);
    expectUnchanged(kernels, before);
  });

  it('accepts a 1x1 and a 5x5 kernel', () => {
    const one = createMatrix(1, 1, 2);
    const five = createMatrix(5, 5, -1);
    expect(replaceKernel(fresh(), 0, one)[0]).toBe(one);
    expect(replaceKernel(fresh(), 0, five)[0]).toBe(five);
  });

  it('returns the same list for a 6x6 kernel, a 0x3 kernel or one with a NaN weight', () => {
    const kernels = fresh();
    const before = snapshot(kernels);
    const nan = fromRows([[0, 0, 0]]);
    nan.data[1] = Number.NaN;
    const infinite = fromRows([[0]]);
    infinite.data[0] = Number.POSITIVE_INFINITY;
    for (const bad of [createMatrix(6, 6), createMatrix(0, 3), nan, infinite]) {
      expect(replaceKernel(kernels, 0, bad)).toBe(kernels);
    }
    expectUnchanged(kernels, before);
  });

  it('returns the same list for a kernel whose data length does not match its shape', () => {
    const kernels = fresh();
    const bad: Matrix = { height: 3, width: 3, data: new Float64Array(8) };
    expect(replaceKernel(kernels, 0, bad)).toBe(kernels);
  });

  it('returns the same list for an index that does not exist', () => {
    const kernels = fresh();
    for (const k of [-1, 3, 1.5]) expect(replaceKernel(kernels, k, rect)).toBe(kernels);
  });

  it('returns the same list when the kernel at the index is the very same object', () => {
    const kernels = fresh();
    expect(replaceKernel(kernels, 1, kernels[1]!)).toBe(kernels);
  });
});

describe('addKernel', () => {
  it('appends the kernel object at the end and keeps the others', () => {
    const kernels = fresh();
    const before = snapshot(kernels);
    const extra = createMatrix(2, 2, 1);
    const next = addKernel(kernels, extra);
    expect(next).toHaveLength(4);
    expect(next.slice(0, 3)).toEqual(kernels);
    next.slice(0, 3).forEach((m, i) => expect(m).toBe(kernels[i]));
    expect(next[3]).toBe(extra);
    expectUnchanged(kernels, before);
  });

  it('adds up to 8 kernels and then returns the same list', () => {
    let kernels: readonly Matrix[] = [DIAGONAL];
    for (let n = 2; n <= 8; n++) {
      kernels = addKernel(kernels, X);
      expect(kernels).toHaveLength(n);
    }
    const eight = kernels;
    const before = snapshot(eight);
    expect(addKernel(eight, ANTI)).toBe(eight);
    expectUnchanged(eight, before);
  });

  it('returns the same list for an invalid kernel (6x6, NaN weight)', () => {
    const kernels = fresh();
    const nan = createMatrix(2, 2);
    nan.data[3] = Number.NaN;
    expect(addKernel(kernels, createMatrix(6, 6))).toBe(kernels);
    expect(addKernel(kernels, nan)).toBe(kernels);
  });
});

describe('removeKernel', () => {
  it('removes the kernel at the index and keeps the others in order', () => {
    const kernels = fresh();
    const before = snapshot(kernels);
    const next = removeKernel(kernels, 1);
    expect(next).toHaveLength(2);
    expect(next[0]).toBe(kernels[0]);
    expect(next[1]).toBe(kernels[2]);
    expectUnchanged(kernels, before);
  });

  it('removes down to one kernel and then returns the same list', () => {
    let kernels: readonly Matrix[] = [DIAGONAL, X, ANTI];
    kernels = removeKernel(kernels, 0);
    expect(kernels).toEqual([X, ANTI]);
    kernels = removeKernel(kernels, 1);
    expect(kernels).toHaveLength(1);
    expect(kernels[0]).toBe(X);
    const last = kernels;
    expect(removeKernel(last, 0)).toBe(last);
    expect(last[0]).toBe(X);
  });

  it('returns the same list for an index that does not exist', () => {
    const kernels = fresh();
    for (const k of [-1, 3, 0.5, Number.NaN]) expect(removeKernel(kernels, k)).toBe(kernels);
  });
});
