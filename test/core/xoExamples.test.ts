import { describe, expect, it } from 'vitest';
import { SEED_O, SEED_X, xoExamples } from '../../src/core';

const plain = {
  maxShift: 0,
  maxRotation: 0,
  scale: [1, 1] as const,
  thickness: [1, 1] as const,
  noise: 0,
  erase: 0,
};

describe('xoExamples', () => {
  it("without variation at 9x9 draws the seed's X and O exactly", () => {
    const [x, o] = xoExamples({ height: 9, width: 9, count: 2, seed: 0, ...plain });
    expect(x!.label).toBe(0);
    expect(o!.label).toBe(1);
    expect(Array.from(x!.input.data)).toEqual(Array.from(SEED_X.data));
    expect(Array.from(o!.input.data)).toEqual(Array.from(SEED_O.data));
  });

  it('is deterministic: the same seed gives the same pictures, another seed others', () => {
    const a = xoExamples({ height: 12, width: 10, count: 30, seed: 42 });
    const b = xoExamples({ height: 12, width: 10, count: 30, seed: 42 });
    const c = xoExamples({ height: 12, width: 10, count: 30, seed: 43 });
    expect(a.map((e) => Array.from(e.input.data))).toEqual(b.map((e) => Array.from(e.input.data)));
    expect(a.map((e) => Array.from(e.input.data))).not.toEqual(
      c.map((e) => Array.from(e.input.data)),
    );
    for (const e of a) {
      expect([e.input.channels, e.input.height, e.input.width]).toEqual([1, 12, 10]);
      expect(e.input.data.every((v) => v === 1 || v === -1)).toBe(true);
    }
  });

  it('varies the pictures within the ranges asked for, at any size from 7x7 to 64x64', () => {
    for (const side of [7, 28, 64]) {
      const set = xoExamples({ height: side, width: side, count: 40, seed: 1 });
      const distinct = new Set(set.map((e) => e.input.data.join(',')));
      expect(distinct.size).toBe(40);
      for (const { variation: v } of set) {
        expect(Math.abs(v.rotation)).toBeLessThanOrEqual(15);
        expect(v.scale).toBeGreaterThanOrEqual(0.8);
        expect(v.scale).toBeLessThanOrEqual(1.15);
        expect(Math.abs(v.shiftX)).toBeLessThanOrEqual(side / 9);
        expect(v.flipped).toBeLessThanOrEqual(0.05 * side * side);
      }
      expect(set.some((e) => e.variation.erased)).toBe(true);
    }
  });

  it('refuses sizes and options outside their ranges', () => {
    expect(() => xoExamples({ height: 6, width: 9, count: 1, seed: 0 })).toThrow(
      new RangeError('xoExamples: height must be an integer from 7 to 64, got 6'),
    );
    expect(() => xoExamples({ height: 9, width: 9, count: 0, seed: 0 })).toThrow(
      new RangeError('xoExamples: count must be an integer from 1 to 10000, got 0'),
    );
    expect(() => xoExamples({ height: 9, width: 9, count: 1, seed: 0, noise: 0.9 })).toThrow(
      new RangeError('xoExamples: noise must be a number from 0 to 0.5, got 0.9'),
    );
    expect(() => xoExamples({ height: 9, width: 9, count: 1, seed: 0, scale: [2, 1] })).toThrow(
      new RangeError('xoExamples: scale must be [smallest, largest], got [2, 1]'),
    );
  });
});
