import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conv2d,
  convWindow,
  createMatrix,
  pixelInfluence,
  pooledInputRegion,
  poolWindow,
  runPipeline,
  SEED_CONFIG,
  type ConvSettings,
  type Matrix,
  type PipelineConfig,
  type PoolSettings,
} from '../../src/core';

// Brute force: which outputs change when one input pixel changes? With weights that are all
// non-zero and distinct powers of two, no change can cancel out, so "changes" means "reads".
function weightsOf(h: number, w: number): Matrix {
  const k = createMatrix(h, w);
  for (let i = 0; i < k.data.length; i++) k.data[i] = 2 ** i;
  return k;
}

function changedCells(a: Matrix, b: Matrix): number[] {
  const out: number[] = [];
  a.data.forEach((v, i) => v !== b.data[i] && out.push(i));
  return out;
}

function withPixel(input: Matrix, i: number, v: number): Matrix {
  const data = input.data.slice();
  data[i] = v;
  return { height: input.height, width: input.width, data };
}

const settings = fc.record({
  h: fc.integer({ min: 3, max: 9 }),
  w: fc.integer({ min: 3, max: 9 }),
  kh: fc.integer({ min: 1, max: 3 }),
  kw: fc.integer({ min: 1, max: 3 }),
  stride: fc.integer({ min: 1, max: 3 }),
  padding: fc.integer({ min: 0, max: 2 }),
  dilation: fc.integer({ min: 1, max: 2 }),
  size: fc.integer({ min: 1, max: 3 }),
  poolStride: fc.integer({ min: 1, max: 3 }),
  edge: fc.constantFrom('pad' as const, 'drop' as const, 'ceil' as const),
});

describe('convWindow', () => {
  it('lists the 3x3 input cells under feature cell (r, c) of the seed in kernel order', () => {
    const cells = convWindow(
      2,
      5,
      { height: 3, width: 3 },
      { height: 9, width: 9 },
      SEED_CONFIG.conv,
    );
    expect(cells.map((x) => [x.row, x.col])).toEqual([
      [2, 5],
      [2, 6],
      [2, 7],
      [3, 5],
      [3, 6],
      [3, 7],
      [4, 5],
      [4, 6],
      [4, 7],
    ]);
    expect(cells.every((x) => x.inside)).toBe(true);
  });

  it('marks the cells that fall on padding as outside the input', () => {
    const conv = { stride: 1, padding: 1, dilation: 1 };
    const cells = convWindow(0, 0, { height: 3, width: 3 }, { height: 4, width: 4 }, conv);
    expect(cells.map((x) => x.inside)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(cells[0]).toEqual({ row: -1, col: -1, inside: false });
  });

  it('spreads the taps by the dilation and starts windows at multiples of the stride', () => {
    const conv = { stride: 2, padding: 0, dilation: 2 };
    const cells = convWindow(1, 0, { height: 2, width: 2 }, { height: 9, width: 9 }, conv);
    expect(cells.map((x) => [x.row, x.col])).toEqual([
      [2, 0],
      [2, 2],
      [4, 0],
      [4, 2],
    ]);
  });

  it('names exactly the input pixels whose change changes the feature cell (brute force)', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const conv = { stride: s.stride, padding: s.padding, dilation: s.dilation };
        const input = createMatrix(s.h, s.w, -1);
        const kernel = weightsOf(s.kh, s.kw);
        if ((s.kh - 1) * s.dilation + 1 > s.h + 2 * s.padding) return;
        if ((s.kw - 1) * s.dilation + 1 > s.w + 2 * s.padding) return;
        const base = conv2d(input, kernel, conv);
        const readers = new Map<number, number[]>();
        for (let i = 0; i < input.data.length; i++) {
          for (const o of changedCells(base, conv2d(withPixel(input, i, 1), kernel, conv))) {
            readers.set(o, [...(readers.get(o) ?? []), i]);
          }
        }
        for (let o = 0; o < base.data.length; o++) {
          const row = Math.floor(o / base.width);
          const col = o % base.width;
          const window = convWindow(row, col, kernel, input, conv)
            .filter((x) => x.inside)
            .map((x) => x.row * s.w + x.col)
            .sort((a, b) => a - b);
          expect(window).toEqual(readers.get(o) ?? []);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('poolWindow', () => {
  it("includes the seed's zero padding as cells outside the map", () => {
    const cells = poolWindow(3, 3, SEED_CONFIG.pool, { height: 7, width: 7 });
    expect(cells).toEqual([
      { row: 6, col: 6, inside: true },
      { row: 6, col: 7, inside: false },
      { row: 7, col: 6, inside: false },
      { row: 7, col: 7, inside: false },
    ]);
  });

  it('leaves out the cells past the edge in ceil mode', () => {
    const pool: PoolSettings = { ...SEED_CONFIG.pool, edge: 'ceil' };
    expect(poolWindow(3, 0, pool, { height: 7, width: 7 })).toEqual([
      { row: 6, col: 0, inside: true },
      { row: 6, col: 1, inside: true },
    ]);
  });
});

describe('pixelInfluence and pooledInputRegion', () => {
  it('find the cells a pixel influences, checked by changing the pixel (brute force)', () => {
    fc.assert(
      fc.property(settings, (s) => {
        const conv: ConvSettings = {
          stride: s.stride,
          padding: s.padding,
          dilation: s.dilation,
          bias: 0,
          normalize: false,
        };
        const pool: PoolSettings = {
          kind: 'avg',
          size: s.size,
          stride: s.poolStride,
          edge: s.edge,
        };
        const config: PipelineConfig = { ...SEED_CONFIG, conv, pool, activation: 'sigmoid' };
        const input = createMatrix(s.h, s.w, -1);
        const kernel = weightsOf(s.kh, s.kw);
        const [base] = runPipeline(input, [kernel], config);
        if (!base?.feature.map || !base.pooled.map) return;
        for (let i = 0; i < input.data.length; i++) {
          const [next] = runPipeline(withPixel(input, i, 1), [kernel], config);
          const influence = pixelInfluence(Math.floor(i / s.w), i % s.w, kernel, input, conv, pool);
          expect(influence.feature).toEqual(changedCells(base.feature.map, next!.feature.map!));
          expect(influence.pooled).toEqual(changedCells(base.pooled.map, next!.pooled.map!));
        }
        const pooled = base.pooled.map;
        for (let o = 0; o < pooled.data.length; o++) {
          const row = Math.floor(o / pooled.width);
          const region = pooledInputRegion(row, o % pooled.width, kernel, input, conv, pool);
          const brute = [...Array(input.data.length).keys()].filter((i) =>
            pixelInfluence(Math.floor(i / s.w), i % s.w, kernel, input, conv, pool).pooled.includes(
              o,
            ),
          );
          expect(region).toEqual(brute);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a pixel at the centre of the seed X reaches 9 cells of each feature map', () => {
    const kernel = { height: 3, width: 3 };
    const influence = pixelInfluence(
      4,
      4,
      kernel,
      { height: 9, width: 9 },
      SEED_CONFIG.conv,
      SEED_CONFIG.pool,
    );
    expect(influence.feature).toEqual([16, 17, 18, 23, 24, 25, 30, 31, 32]);
    expect(influence.pooled).toEqual([5, 6, 9, 10]);
  });
});
