import { describe, expect, it } from 'vitest';
import { fromRows, SEED_KERNELS, toRows, type Matrix } from '../../src/core';
import {
  KERNEL_PRESETS,
  kernelPreset,
  presetOf,
  resizeKernel,
  type KernelPreset,
} from '../../src/state/kernelPresets';

/** 1, 2, 3, ... row by row: every weight tells where it came from. */
function counting(height: number, width: number): Matrix {
  return fromRows(
    Array.from({ length: height }, (_, r) =>
      Array.from({ length: width }, (_, c) => r * width + c + 1),
    ),
  );
}

describe('KERNEL_PRESETS', () => {
  it('lists the twelve presets, the seed three first', () => {
    expect(KERNEL_PRESETS).toEqual([
      'diagonal',
      'x',
      'antiDiagonal',
      'plus',
      'horizontal',
      'vertical',
      'sobelX',
      'sobelY',
      'laplacian',
      'boxBlur',
      'sharpen',
      'identity',
    ]);
  });
});

describe('kernelPreset', () => {
  const expected: Record<KernelPreset, number[][]> = {
    diagonal: [
      [1, -1, -1],
      [-1, 1, -1],
      [-1, -1, 1],
    ],
    x: [
      [1, -1, 1],
      [-1, 1, -1],
      [1, -1, 1],
    ],
    antiDiagonal: [
      [-1, -1, 1],
      [-1, 1, -1],
      [1, -1, -1],
    ],
    plus: [
      [-1, 1, -1],
      [1, 1, 1],
      [-1, 1, -1],
    ],
    horizontal: [
      [-1, -1, -1],
      [1, 1, 1],
      [-1, -1, -1],
    ],
    vertical: [
      [-1, 1, -1],
      [-1, 1, -1],
      [-1, 1, -1],
    ],
    sobelX: [
      [-1, 0, 1],
      [-2, 0, 2],
      [-1, 0, 1],
    ],
    sobelY: [
      [-1, -2, -1],
      [0, 0, 0],
      [1, 2, 1],
    ],
    laplacian: [
      [0, 1, 0],
      [1, -4, 1],
      [0, 1, 0],
    ],
    boxBlur: [
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ],
    sharpen: [
      [0, -1, 0],
      [-1, 5, -1],
      [0, -1, 0],
    ],
    identity: [
      [0, 0, 0],
      [0, 1, 0],
      [0, 0, 0],
    ],
  };

  for (const name of Object.keys(expected) as KernelPreset[]) {
    it(`'${name}' is the 3x3 kernel ${JSON.stringify(expected[name])}`, () => {
      const k = kernelPreset(name);
      expect(k.height).toBe(3);
      expect(k.width).toBe(3);
      expect(k.data).toBeInstanceOf(Float64Array);
      expect(toRows(k)).toEqual(expected[name]);
    });
  }

  it('covers every preset in KERNEL_PRESETS', () => {
    expect(Object.keys(expected).sort()).toEqual([...KERNEL_PRESETS].sort());
  });

  it('diagonal, x and antiDiagonal are the seed kernels themselves', () => {
    expect(kernelPreset('diagonal')).toBe(SEED_KERNELS[0]);
    expect(kernelPreset('x')).toBe(SEED_KERNELS[1]);
    expect(kernelPreset('antiDiagonal')).toBe(SEED_KERNELS[2]);
  });

  it('sobelY is the transpose of sobelX', () => {
    const x = toRows(kernelPreset('sobelX'));
    const transposed = x[0]!.map((_, c) => x.map((row) => row[c]!));
    expect(toRows(kernelPreset('sobelY'))).toEqual(transposed);
  });

  it('no preset holds a -0 weight', () => {
    for (const name of KERNEL_PRESETS) {
      expect(
        Array.from(kernelPreset(name).data).some((v) => Object.is(v, -0)),
        name,
      ).toBe(false);
    }
  });
});

describe('presetOf', () => {
  it('recognises every preset, from its own matrix and from an equal copy', () => {
    for (const name of KERNEL_PRESETS) {
      const k = kernelPreset(name);
      expect(presetOf(k)).toBe(name);
      expect(presetOf(fromRows(toRows(k)))).toBe(name);
    }
  });

  it('gives null once a weight is edited', () => {
    const edited = fromRows(toRows(kernelPreset('sharpen')));
    edited.data[4] = 4;
    expect(presetOf(edited)).toBeNull();
    const plus = fromRows(toRows(kernelPreset('plus')));
    plus.data[0] = 0;
    expect(presetOf(plus)).toBeNull();
  });

  it('treats -0 as 0', () => {
    const laplacian = fromRows(toRows(kernelPreset('laplacian')));
    laplacian.data[0] = -0;
    expect(presetOf(laplacian)).toBe('laplacian');
  });

  it('gives null for a matrix of another shape, even with matching leading weights', () => {
    expect(presetOf(fromRows([[0, 0, 0, 0, 1, 0, 0, 0, 0]]))).toBeNull();
    expect(presetOf(fromRows([[1]]))).toBeNull();
    expect(presetOf(resizeKernel(kernelPreset('identity'), 5))).toBeNull();
    expect(
      presetOf(
        fromRows([
          [1, 1, 1, 1],
          [1, 1, 1, 1],
          [1, 1, 1, 1],
        ]),
      ),
    ).toBeNull();
  });
});

describe('resizeKernel', () => {
  it('3 -> 5 keeps the kernel in the centre with a ring of zeros around it', () => {
    expect(toRows(resizeKernel(counting(3, 3), 5))).toEqual([
      [0, 0, 0, 0, 0],
      [0, 1, 2, 3, 0],
      [0, 4, 5, 6, 0],
      [0, 7, 8, 9, 0],
      [0, 0, 0, 0, 0],
    ]);
  });

  it('5 -> 3 keeps the centre 3x3', () => {
    expect(toRows(resizeKernel(counting(5, 5), 3))).toEqual([
      [7, 8, 9],
      [12, 13, 14],
      [17, 18, 19],
    ]);
  });

  it('3 -> 1 keeps the centre weight', () => {
    expect(toRows(resizeKernel(counting(3, 3), 1))).toEqual([[5]]);
  });

  it('1 -> 3 puts the weight in the centre, zeros around', () => {
    expect(toRows(resizeKernel(fromRows([[7]]), 3))).toEqual([
      [0, 0, 0],
      [0, 7, 0],
      [0, 0, 0],
    ]);
  });

  it('3 -> 4 adds the extra zero row at the bottom and the extra column on the right', () => {
    expect(toRows(resizeKernel(counting(3, 3), 4))).toEqual([
      [1, 2, 3, 0],
      [4, 5, 6, 0],
      [7, 8, 9, 0],
      [0, 0, 0, 0],
    ]);
  });

  it('3 -> 2 drops the bottom row and the right column', () => {
    expect(toRows(resizeKernel(counting(3, 3), 2))).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });

  it('5 -> 2 drops one row and column at the top-left and two at the bottom-right', () => {
    expect(toRows(resizeKernel(counting(5, 5), 2))).toEqual([
      [7, 8],
      [12, 13],
    ]);
  });

  it('2 -> 5 pads one zero row and column at the top-left and two at the bottom-right', () => {
    expect(toRows(resizeKernel(counting(2, 2), 5))).toEqual([
      [0, 0, 0, 0, 0],
      [0, 1, 2, 0, 0],
      [0, 3, 4, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
  });

  it('growing and then shrinking back gives the kernel again, for every pair of sizes', () => {
    for (let from = 1; from <= 5; from++) {
      for (let to = from; to <= 5; to++) {
        const k = counting(from, from);
        expect(toRows(resizeKernel(resizeKernel(k, to), from)), `${from} -> ${to}`).toEqual(
          toRows(k),
        );
      }
    }
  });

  it('makes a rectangular kernel square, each side centred on its own', () => {
    expect(toRows(resizeKernel(counting(1, 5), 3))).toEqual([
      [0, 0, 0],
      [2, 3, 4],
      [0, 0, 0],
    ]);
  });

  it('gives back the same object when the size is unchanged, and never -0', () => {
    const k = kernelPreset('sobelX');
    expect(resizeKernel(k, 3)).toBe(k);
    const grown = resizeKernel(k, 5);
    expect(Array.from(grown.data).some((v) => Object.is(v, -0))).toBe(false);
  });

  it('leaves its argument untouched', () => {
    const k = counting(3, 3);
    resizeKernel(k, 5);
    resizeKernel(k, 1);
    expect(toRows(k)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
  });

  it('throws a RangeError for a size outside 1..5 or not an integer', () => {
    const k = kernelPreset('identity');
    expect(() => resizeKernel(k, 0)).toThrow(RangeError);
    expect(() => resizeKernel(k, 6)).toThrow(RangeError);
    expect(() => resizeKernel(k, -1)).toThrow(RangeError);
    expect(() => resizeKernel(k, 2.5)).toThrow(RangeError);
    expect(() => resizeKernel(k, Number.NaN)).toThrow(RangeError);
  });
});
