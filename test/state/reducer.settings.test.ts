import { describe, expect, it } from 'vitest';
import {
  runPipeline,
  SEED_CONFIG,
  type ActivationKind,
  type ConvSettings,
  type PoolSettings,
  type StageOrder,
} from '../../src/core';
import { LIMITS, seedState } from '../../src/state';
import { reduceAll, expectRefused, run } from './reducerFixtures';

describe('reducer: the lab actions', () => {
  describe('setConv', () => {
    const INTEGER_FIELDS = [
      ['stride', LIMITS.convStride],
      ['padding', LIMITS.padding],
      ['dilation', LIMITS.dilation],
    ] as const;

    it('accepts every value within LIMITS for stride, padding and dilation', () => {
      const state = seedState();
      for (const [field, [lo, hi]] of INTEGER_FIELDS) {
        for (let v: number = lo; v <= hi; v++) {
          const conv = { [field]: v } as Partial<ConvSettings>;
          const next = reduceAll(state, { type: 'setConv', conv });
          if (v === SEED_CONFIG.conv[field]) {
            expect(next).toBe(state);
          } else {
            expect(next.config.conv).toEqual({ ...SEED_CONFIG.conv, [field]: v });
            expect(next.config.pool).toBe(state.config.pool);
          }
        }
      }
    });

    it('refuses values out of range or not integers, and returns the same state object', () => {
      const state = seedState();
      const bad: Record<(typeof INTEGER_FIELDS)[number][0], number[]> = {
        stride: [0, 4, 1.5, -1, Number.NaN],
        padding: [-1, 3, 0.5, Number.POSITIVE_INFINITY],
        dilation: [0, 3, 1.5],
      };
      for (const [field] of INTEGER_FIELDS) {
        for (const v of bad[field]) {
          expectRefused(state, { type: 'setConv', conv: { [field]: v } as Partial<ConvSettings> });
        }
      }
    });

    it('accepts any finite bias and refuses NaN and the infinities', () => {
      const state = seedState();
      for (const bias of [-1000, 0.25, 1e6, -1e-9]) {
        expect(reduceAll(state, { type: 'setConv', conv: { bias } }).config.conv.bias).toBe(bias);
      }
      for (const bias of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        expectRefused(state, { type: 'setConv', conv: { bias } });
      }
    });

    it('switches normalize off and on, and refuses a value that is not a boolean', () => {
      const state = seedState();
      const off = reduceAll(state, { type: 'setConv', conv: { normalize: false } });
      expect(off.config.conv.normalize).toBe(false);
      const on = reduceAll(off, { type: 'setConv', conv: { normalize: true } });
      expect(on.config.conv).toEqual(SEED_CONFIG.conv);
      expectRefused(state, {
        type: 'setConv',
        conv: { normalize: 1 as unknown as boolean },
      });
    });

    it('returns the same state object when nothing changes', () => {
      const state = seedState();
      expectRefused(state, { type: 'setConv', conv: {} });
      expectRefused(state, { type: 'setConv', conv: { stride: 1, padding: 0, bias: 0 } });
      expectRefused(state, { type: 'setConv', conv: { ...SEED_CONFIG.conv } });
    });

    it('merges a partial change into the current settings and keeps the rest of the config', () => {
      const state = seedState();
      const a = reduceAll(state, { type: 'setConv', conv: { stride: 2 } });
      const b = reduceAll(a, { type: 'setConv', conv: { padding: 1, bias: -0.5 } });
      expect(b.config.conv).toEqual({
        stride: 2,
        padding: 1,
        dilation: 1,
        bias: -0.5,
        normalize: true,
      });
      expect(b.config.pool).toBe(state.config.pool);
      expect(b.config.activation).toBe('relu');
      expect(b.config.order).toBe('branch');
      expect(b.input).toBe(state.input);
      expect(b.kernels).toBe(state.kernels);
    });

    it('refuses the whole change when one of its fields is invalid', () => {
      const state = seedState();
      expectRefused(state, { type: 'setConv', conv: { stride: 2, padding: 5 } });
      expectRefused(state, { type: 'setConv', conv: { dilation: 2, bias: Number.NaN } });
    });
  });

  describe('setPool', () => {
    it("sets the kind to 'avg' and back to 'max'", () => {
      const state = seedState();
      const avg = reduceAll(state, { type: 'setPool', pool: { kind: 'avg' } });
      expect(avg.config.pool).toEqual({ kind: 'avg', size: 2, stride: 2, edge: 'pad' });
      expect(avg.config.conv).toBe(state.config.conv);
      const max = reduceAll(avg, { type: 'setPool', pool: { kind: 'max' } });
      expect(max.config.pool).toEqual(SEED_CONFIG.pool);
    });

    it('accepts every size and stride within LIMITS', () => {
      const state = seedState();
      for (let v: number = LIMITS.poolSize[0]; v <= LIMITS.poolSize[1]; v++) {
        const next = reduceAll(state, { type: 'setPool', pool: { size: v } });
        expect(next.config.pool.size).toBe(v);
        if (v === 2) expect(next).toBe(state);
      }
      for (let v: number = LIMITS.poolStride[0]; v <= LIMITS.poolStride[1]; v++) {
        const next = reduceAll(state, { type: 'setPool', pool: { stride: v } });
        expect(next.config.pool.stride).toBe(v);
        if (v === 2) expect(next).toBe(state);
      }
    });

    it("accepts the edges 'drop', 'ceil' and 'pad'", () => {
      const state = seedState();
      const drop = reduceAll(state, { type: 'setPool', pool: { edge: 'drop' } });
      expect(drop.config.pool.edge).toBe('drop');
      const ceil = reduceAll(drop, { type: 'setPool', pool: { edge: 'ceil' } });
      expect(ceil.config.pool.edge).toBe('ceil');
      const pad = reduceAll(ceil, { type: 'setPool', pool: { edge: 'pad' } });
      expect(pad.config.pool).toEqual(SEED_CONFIG.pool);
    });

    it("refuses the kind 'min', the edge 'wrap' and sizes or strides of 0, 4 or 1.5", () => {
      const state = seedState();
      const bad: Partial<PoolSettings>[] = [
        { kind: 'min' as PoolSettings['kind'] },
        { edge: 'wrap' as PoolSettings['edge'] },
        { size: 0 },
        { size: 4 },
        { size: 1.5 },
        { stride: 0 },
        { stride: 4 },
        { stride: 1.5 },
        { kind: 'avg', size: 4 },
      ];
      for (const pool of bad) expectRefused(state, { type: 'setPool', pool });
    });

    it('returns the same state object when nothing changes', () => {
      const state = seedState();
      expectRefused(state, { type: 'setPool', pool: {} });
      expectRefused(state, { type: 'setPool', pool: { kind: 'max', edge: 'pad' } });
    });

    it('merges a partial change into the current settings', () => {
      const next = run(seedState(), [
        { type: 'setPool', pool: { size: 3 } },
        { type: 'setPool', pool: { stride: 1, edge: 'drop' } },
      ]);
      expect(next.config.pool).toEqual({ kind: 'max', size: 3, stride: 1, edge: 'drop' });
      expect(next.config.conv).toBe(SEED_CONFIG.conv);
    });
  });

  describe('setActivation and setOrder', () => {
    it('sets each of the four activations, keeping the rest of the config', () => {
      let state = seedState();
      for (const activation of ['leakyRelu', 'sigmoid', 'tanh', 'relu'] as const) {
        const next = reduceAll(state, { type: 'setActivation', activation });
        expect(next.config.activation).toBe(activation);
        expect(next.config.conv).toBe(state.config.conv);
        expect(next.config.pool).toBe(state.config.pool);
        expect(next.config.order).toBe('branch');
        state = next;
      }
    });

    it('returns the same state object for the current activation', () => {
      expectRefused(seedState(), { type: 'setActivation', activation: 'relu' });
    });

    it("refuses an unknown activation ('gelu')", () => {
      expectRefused(seedState(), {
        type: 'setActivation',
        activation: 'gelu' as ActivationKind,
      });
    });

    it("sets the order to 'chain' and back to 'branch'", () => {
      const state = seedState();
      const chain = reduceAll(state, { type: 'setOrder', order: 'chain' });
      expect(chain.config).toEqual({ ...SEED_CONFIG, order: 'chain' });
      const branch = reduceAll(chain, { type: 'setOrder', order: 'branch' });
      expect(branch.config).toEqual(SEED_CONFIG);
    });

    it("returns the same state object for the current order and refuses 'parallel'", () => {
      const state = seedState();
      expectRefused(state, { type: 'setOrder', order: 'branch' });
      expectRefused(state, { type: 'setOrder', order: 'parallel' as StageOrder });
    });
  });

  describe('the core pipeline on reducer states', () => {
    it('runs stride 2, padding 1, ceil avg pooling, tanh and chain order to hand-made numbers', () => {
      const state = run(seedState(), [
        { type: 'setConv', conv: { stride: 2, padding: 1 } },
        { type: 'setPool', pool: { kind: 'avg', edge: 'ceil' } },
        { type: 'setActivation', activation: 'tanh' },
        { type: 'setOrder', order: 'chain' },
      ]);
      const [diagonal] = runPipeline(state.input, state.kernels, state.config);
      // The padded 11x11 X, 3x3 windows every 2 cells: a 5x5 feature map. For the diagonal
      // kernel, feature[0][0] = 2/9 (the window's bottom-right 2x2 matches 3 of 4 cells),
      // feature[0][1] = feature[1][0] = 0 and feature[1][1] = 9/9 = 1 (the X's own
      // diagonal). Chain order pools tanh of them: pooled[0][0] = (tanh(2/9) + tanh(1)) / 4.
      const pooled = diagonal!.pooled.map!;
      expect(diagonal!.feature.map!.height).toBe(5);
      expect(pooled.height).toBe(3);
      expect(pooled.width).toBe(3);
      expect(pooled.data[0]).toBeCloseTo((Math.tanh(2 / 9) + Math.tanh(1)) / 4, 14);
      expect(pooled.data[0]).toBeCloseTo(0.2450573, 7);
      // The ceil window at the corner holds one cell, feature[4][4] = 2/9, and is not
      // divided by 4: pooled[2][2] = tanh(2/9).
      expect(pooled.data[8]).toBeCloseTo(Math.tanh(2 / 9), 14);
    });
  });
});
