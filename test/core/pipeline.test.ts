import { describe, expect, it } from 'vitest';
import {
  convDivisor,
  createMatrix,
  edgePadding,
  fromRows,
  poolSource,
  runPipeline,
  SEED_CONFIG,
  SEED_KERNELS,
  SEED_X,
  toRows,
  type Matrix,
  type Stage,
} from '../../src/core';
import { withConfig } from '../helpers/withConfig';

function rowsOf(stage: Stage | undefined): number[][] | null {
  return stage?.map ? toRows(stage.map) : null;
}

const diagonal = SEED_KERNELS[0] as Matrix;

// The top-left 2x2 of the seed's first feature map (diagonal kernel on the X, divided by 9),
// worked out by hand from the 3x3 windows of SEED_X:
//   window (0,0) = [-1 -1 -1; -1 1 -1; -1 -1 1]: 9 products, 8 of them +1 and one (-1 * 1)
//     at the top-left: 7 -> 7/9
//   window (0,1) and (1,0): 4 products +1, 5 products -1 -> -1/9
//   window (1,1) equals the kernel: 9 -> 1
const F00 = 7 / 9;
const F01 = -1 / 9;
const F10 = -1 / 9;
const F11 = 1;

describe('edgePadding', () => {
  it('adds one cell so 2x2 windows with stride 2 cover 7 cells (7 -> 8)', () => {
    expect(edgePadding(7, 2, 2)).toBe(1);
  });

  it('adds nothing when the windows already tile the axis', () => {
    expect(edgePadding(8, 2, 2)).toBe(0);
    expect(edgePadding(7, 3, 2)).toBe(0);
    expect(edgePadding(2, 2, 2)).toBe(0);
  });

  it('grows an axis shorter than the window up to the window size', () => {
    expect(edgePadding(1, 2, 2)).toBe(1);
    expect(edgePadding(1, 4, 1)).toBe(3);
  });

  it('pads a partial last window with stride larger than size (7, size 2, stride 3 -> 1)', () => {
    // windows at 0, 3, 6; the one at 6 needs cell 7
    expect(edgePadding(7, 2, 3)).toBe(1);
  });

  // With stride > size, no window may lie wholly in the padding (PyTorch's rule).
  it('edgePadding adds no window that lies entirely in the padding (6, size 2, stride 3)', () => {
    expect(edgePadding(6, 2, 3)).toBe(0);
  });

  it('pad-edge pooling produces no output cell made only of padding zeros', () => {
    // 8x8 of -1 with a 3x3 kernel of ones (divided by 9) gives a 6x6 feature map of -1; max pooling
    // with size 2 and stride 3 has windows at 0 and 3 on each axis, all with maximum -1.
    // Now the map is padded to 8x8 and a third window at 6 yields 0 from padding alone:
    // [[-1, -1, 0], [-1, -1, 0], [0, 0, 0]].
    const input = createMatrix(8, 8, -1);
    const [result] = runPipeline(
      input,
      [createMatrix(3, 3, 1)],
      withConfig({ pool: { size: 2, stride: 3 } }),
    );
    expect(rowsOf(result?.pooled)).toEqual([
      [-1, -1],
      [-1, -1],
    ]);
  });
});

describe('convDivisor', () => {
  it('is the kernel cell count when normalizing and 1 otherwise', () => {
    expect(convDivisor(diagonal, SEED_CONFIG.conv)).toBe(9);
    expect(convDivisor(createMatrix(2, 3), SEED_CONFIG.conv)).toBe(6);
    expect(convDivisor(diagonal, { ...SEED_CONFIG.conv, normalize: false })).toBe(1);
  });
});

describe('runPipeline', () => {
  it('computes the feature map by hand-checked values on the seed', () => {
    const [result] = runPipeline(SEED_X, [diagonal]);
    const map = result?.feature.map;
    expect(map?.height).toBe(7);
    expect(map?.width).toBe(7);
    expect(toRows(map as Matrix)[0]?.slice(0, 2)).toEqual([F00, F01]);
    expect(toRows(map as Matrix)[1]?.slice(0, 2)).toEqual([F10, F11]);
  });

  it('with normalize false divides the sum of products by 1', () => {
    const [result] = runPipeline(SEED_X, [diagonal], withConfig({ conv: { normalize: false } }));
    const rows = rowsOf(result?.feature);
    expect(rows?.[0]?.slice(0, 2)).toEqual([7, -1]);
    expect(rows?.[1]?.slice(0, 2)).toEqual([-1, 9]);
  });

  it('adds the bias after dividing by the cell count', () => {
    // 7/9 + 0.5, not (7 + 0.5) / 9
    const [result] = runPipeline(SEED_X, [diagonal], withConfig({ conv: { bias: 0.5 } }));
    const rows = rowsOf(result?.feature);
    expect(rows?.[0]?.slice(0, 2)).toEqual([7 / 9 + 0.5, -1 / 9 + 0.5]);
    expect(rows?.[1]?.[1]).toBe(1.5);
  });

  it('in branch order pools the feature map, padded to 8x8 with zeros at the bottom and right', () => {
    const [result] = runPipeline(SEED_X, [diagonal]);
    const source = toRows(poolSource(result!.feature.map!, SEED_CONFIG.pool));
    expect(source).toHaveLength(8);
    expect(source?.[0]).toHaveLength(8);
    expect(source?.[0]?.slice(0, 2)).toEqual([F00, F01]);
    expect(source?.[7]).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(source?.map((row) => row[7])).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('in chain order pools the activated map instead of the feature map', () => {
    const [result] = runPipeline(SEED_X, [diagonal], withConfig({ order: 'chain' }));
    // relu(-1/9) = 0 where branch order has -1/9
    expect(toRows(poolSource(result!.activated.map!, SEED_CONFIG.pool))[0]?.slice(0, 2)).toEqual([
      F00,
      0,
    ]);
  });

  it('gives the same pooled numbers in chain and branch order for max pooling and ReLU', () => {
    // max and ReLU commute, and on the seed no padded window's maximum is negative.
    const branch = runPipeline(SEED_X, SEED_KERNELS, withConfig({ order: 'branch' }));
    const chain = runPipeline(SEED_X, SEED_KERNELS, withConfig({ order: 'chain' }));
    expect(chain.map((r) => rowsOf(r.pooled))).toEqual(branch.map((r) => rowsOf(r.pooled)));
    expect(chain.map((r) => rowsOf(r.activated))).toEqual(branch.map((r) => rowsOf(r.activated)));
    // top-left window {7/9, -1/9, -1/9, 1}: max 1
    expect(rowsOf(branch[0]?.pooled)?.[0]?.[0]).toBe(1);
  });

  it('gives different pooled numbers in chain and branch order for average pooling and tanh', () => {
    const config = { pool: { kind: 'avg' as const }, activation: 'tanh' as const };
    const [branch] = runPipeline(SEED_X, [diagonal], withConfig({ ...config, order: 'branch' }));
    const [chain] = runPipeline(SEED_X, [diagonal], withConfig({ ...config, order: 'chain' }));
    const b = rowsOf(branch?.pooled)?.[0]?.[0] ?? NaN;
    const c = rowsOf(chain?.pooled)?.[0]?.[0] ?? NaN;
    // branch: (7/9 - 1/9 - 1/9 + 1) / 4 = (14/9) / 4 = 7/18 = 0.3888...
    expect(b).toBeCloseTo(7 / 18, 14);
    // chain: (tanh(7/9) + 2 tanh(-1/9) + tanh(1)) / 4 = 0.2979...
    const expected = (Math.tanh(F00) + Math.tanh(F01) + Math.tanh(F10) + Math.tanh(F11)) / 4;
    expect(c).toBeCloseTo(expected, 14);
    expect(c).toBeCloseTo(0.2979, 4);
    // tanh of the feature map in both orders
    expect(rowsOf(chain?.activated)).toEqual(rowsOf(branch?.activated));
    expect(rowsOf(chain?.activated)?.[0]?.[0]).toBe(Math.tanh(F00));
  });

  it('with edge drop pools 7x7 to 3x3, with edge ceil to 4x4 with partial windows', () => {
    const avg = { kind: 'avg' as const };
    const [pad] = runPipeline(SEED_X, [diagonal], withConfig({ pool: { ...avg, edge: 'pad' } }));
    const [drop] = runPipeline(SEED_X, [diagonal], withConfig({ pool: { ...avg, edge: 'drop' } }));
    const [ceil] = runPipeline(SEED_X, [diagonal], withConfig({ pool: { ...avg, edge: 'ceil' } }));
    expect(rowsOf(drop?.pooled)).toHaveLength(3);
    expect(rowsOf(ceil?.pooled)).toHaveLength(4);
    expect(rowsOf(pad?.pooled)).toHaveLength(4);
    // The bottom-right window holds only feature[6][6] = 7/9 (the seed's mirror image of
    // feature[0][0]): ceil averages over that one cell, pad over it and three zeros.
    expect(rowsOf(ceil?.pooled)?.[3]?.[3]).toBe(7 / 9);
    expect(rowsOf(pad?.pooled)?.[3]?.[3]).toBe(7 / 9 / 4);
    // Without padding, the pool source is the feature map itself.
    const ceilPool = { ...SEED_CONFIG.pool, kind: 'avg' as const, edge: 'ceil' as const };
    expect(poolSource(ceil!.feature.map!, ceilPool)).toBe(ceil?.feature.map);
  });

  it('reports kernelTooLarge for a kernel larger than the input and noInput for the rest', () => {
    const small = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const [result] = runPipeline(small, [diagonal]);
    expect(result).toEqual({
      feature: { map: null, problem: { kind: 'kernelTooLarge', window: [3, 3], input: [2, 2] } },
      pooled: { map: null, problem: { kind: 'noInput' } },
      activated: { map: null, problem: { kind: 'noInput' } },
    });
  });

  it('reports the dilated kernel and the padded input size in kernelTooLarge', () => {
    const small = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const [result] = runPipeline(
      small,
      [diagonal],
      withConfig({ conv: { padding: 1, dilation: 2 } }),
    );
    expect(result?.feature.problem).toEqual({
      kind: 'kernelTooLarge',
      window: [5, 5],
      input: [4, 4],
    });
    expect(result?.pooled.problem?.kind).toBe('noInput');
  });

  it('reports windowTooLarge for a pool window larger than the feature map with edge drop', () => {
    const [result] = runPipeline(
      SEED_X,
      [diagonal],
      withConfig({ pool: { size: 8, stride: 8, edge: 'drop' } }),
    );
    const problem = { kind: 'windowTooLarge', window: 8, input: [7, 7] };
    expect(result?.pooled).toEqual({ map: null, problem });
    expect(result?.feature.map?.height).toBe(7);
    expect(result?.activated.map?.height).toBe(7);
  });

  it('reports windowTooLarge with edge ceil too, but pads the map up to the window with edge pad', () => {
    const [ceil] = runPipeline(
      SEED_X,
      [diagonal],
      withConfig({ pool: { size: 8, stride: 8, edge: 'ceil' } }),
    );
    expect(ceil?.pooled.problem?.kind).toBe('windowTooLarge');
    const [pad] = runPipeline(
      SEED_X,
      [diagonal],
      withConfig({ pool: { size: 8, stride: 8, edge: 'pad' } }),
    );
    // the largest value of the first feature map is 1
    expect(rowsOf(pad?.pooled)).toEqual([[1]]);
  });

  it('still throws the RangeError of conv2d or pooling for invalid settings', () => {
    expect(() => runPipeline(SEED_X, [diagonal], withConfig({ conv: { stride: 0 } }))).toThrow(
      /conv2d: stride must be a positive integer, got 0/,
    );
    expect(() => runPipeline(SEED_X, [diagonal], withConfig({ conv: { padding: 0.5 } }))).toThrow(
      /conv2d: padding .*got 0\.5/,
    );
    expect(() =>
      runPipeline(SEED_X, [diagonal], withConfig({ pool: { stride: 0, edge: 'drop' } })),
    ).toThrow(/maxPool2d: stride must be a positive integer, got 0/);
  });

  // Invalid settings throw before any size check.
  it('runPipeline throws a RangeError for stride -1 instead of reporting kernelTooLarge', () => {
    expect(() => runPipeline(SEED_X, [diagonal], withConfig({ conv: { stride: -1 } }))).toThrow(
      /conv2d: stride must be a positive integer, got -1/,
    );
  });

  it('runPipeline throws for stride 0, padding -1 or pool size 7.5 even when a window does not fit', () => {
    const small = fromRows([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    expect
      .soft(() => runPipeline(fromRows([[1]]), [diagonal], withConfig({ conv: { stride: 0 } })))
      .toThrow(RangeError);
    expect
      .soft(() => runPipeline(small, [diagonal], withConfig({ conv: { padding: -1 } })))
      .toThrow(RangeError);
    expect
      .soft(() =>
        runPipeline(SEED_X, [diagonal], withConfig({ pool: { size: 7.5, edge: 'drop' } })),
      )
      .toThrow(RangeError);
  });
});
