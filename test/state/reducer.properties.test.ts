import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  runPipeline,
  type ActivationKind,
  type ConvSettings,
  type Matrix,
  type PoolSettings,
  type StageOrder,
} from '../../src/core';
import {
  INPUT_PRESETS,
  LIMITS,
  reducer,
  seedState,
  validConv,
  validInput,
  validKernel,
  validPool,
  type Action,
} from '../../src/state';

describe('reducer: the lab actions', () => {
  describe('properties of random action sequences', () => {
    const NUMBER_OR_WORSE = fc.oneof(
      fc.integer({ min: -2, max: 70 }),
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1.5),
    );
    /** Mostly a value within `range`, sometimes one just outside it or not an integer. */
    function setting([lo, hi]: readonly [number, number]): fc.Arbitrary<number> {
      return fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: lo, max: hi }) },
        { weight: 1, arbitrary: fc.constantFrom(lo - 1, hi + 1, 1.5, Number.NaN, Infinity) },
      );
    }
    /** Mostly a valid value, sometimes anything at all. */
    function mostly<T>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<unknown>): fc.Arbitrary<T> {
      return fc.oneof(
        { weight: 5, arbitrary: valid },
        { weight: 1, arbitrary: other as fc.Arbitrary<T> },
      );
    }
    const INDEX = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: -1, max: 26 }) },
      { weight: 1, arbitrary: fc.constantFrom(0.5, Number.NaN) },
    );
    const K = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: -1, max: 9 }) },
      { weight: 1, arbitrary: fc.constantFrom(0.5, Number.NaN) },
    );
    const SIDE = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 2, max: 14 }) },
      { weight: 2, arbitrary: fc.integer({ min: 2, max: 65 }) },
      { weight: 1, arbitrary: fc.constantFrom(3.5, Number.NaN, 0) },
    );

    /** A matrix of any shape (valid or not), its data cycling through a few values. */
    function matrixOf(
      side: fc.Arbitrary<number>,
      value: fc.Arbitrary<number>,
    ): fc.Arbitrary<Matrix> {
      return fc
        .record({
          height: side,
          width: side,
          values: fc.array(value, { minLength: 1, maxLength: 4 }),
          delta: fc.constantFrom(0, 0, 0, 0, 0, 1, -1),
        })
        .map(({ height, width, values, delta }) => {
          const n = height * width + delta;
          const data = new Float64Array(Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0);
          for (let i = 0; i < data.length; i++) data[i] = values[i % values.length]!;
          return { height, width, data };
        });
    }

    const KERNEL = matrixOf(
      fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) }, fc.constantFrom(0, 6)),
      fc.oneof({ weight: 4, arbitrary: fc.integer({ min: -2, max: 2 }) }, NUMBER_OR_WORSE),
    );
    const INPUT = matrixOf(
      SIDE,
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(-1, 1, 0, 0.5) },
        fc.constantFrom(1.5, Number.NaN),
      ),
    );

    function actionOf(paintValue: fc.Arbitrary<number>): fc.Arbitrary<Action> {
      const cell = fc.record({
        row: fc.integer({ min: -1, max: 65 }),
        col: fc.integer({ min: -1, max: 65 }),
      });
      const actions: fc.Arbitrary<Action>[] = [
        fc
          .record({ cells: fc.array(cell, { maxLength: 4 }), value: paintValue })
          .map(({ cells, value }) => ({ type: 'paint', cells, value })),
        cell.map((c) => ({ type: 'flip', cell: c })),
        fc.constantFrom(...INPUT_PRESETS).map((preset) => ({ type: 'loadPreset', preset })),
        fc.constantFrom<Action>({ type: 'invert' }, { type: 'reset' }),
        INPUT.map((input) => ({ type: 'setInput', input })),
        fc
          .record({ height: SIDE, width: SIDE })
          .map(({ height, width }) => ({ type: 'resizeInput', height, width })),
        fc
          .record({ k: K, index: INDEX, value: NUMBER_OR_WORSE })
          .map(({ k, index, value }) => ({ type: 'setWeight', k, index, value })),
        fc
          .record({ k: K, index: INDEX })
          .map(({ k, index }) => ({ type: 'cycleWeight', k, index })),
        fc
          .record({ k: K, kernel: KERNEL })
          .map(({ k, kernel }) => ({ type: 'setKernel', k, kernel })),
        KERNEL.map((kernel) => ({ type: 'addKernel', kernel })),
        KERNEL.map((kernel) => ({ type: 'addKernel', kernel })),
        K.map((k) => ({ type: 'removeKernel', k })),
        fc
          .record(
            {
              stride: setting(LIMITS.convStride),
              padding: setting(LIMITS.padding),
              dilation: setting(LIMITS.dilation),
              bias: mostly(fc.double({ min: -2, max: 2, noNaN: true }), NUMBER_OR_WORSE),
              normalize: mostly(fc.boolean(), fc.constantFrom(1, 'yes')),
            },
            { requiredKeys: [] },
          )
          .map((conv) => ({ type: 'setConv', conv: conv as Partial<ConvSettings> })),
        fc
          .record(
            {
              kind: mostly(fc.constantFrom('max', 'avg'), fc.constant('min')),
              size: setting(LIMITS.poolSize),
              stride: setting(LIMITS.poolStride),
              edge: mostly(fc.constantFrom('pad', 'drop', 'ceil'), fc.constant('wrap')),
            },
            { requiredKeys: [] },
          )
          .map((pool) => ({ type: 'setPool', pool: pool as Partial<PoolSettings> })),
        fc
          .constantFrom('relu', 'leakyRelu', 'sigmoid', 'tanh', 'gelu')
          .map((a) => ({ type: 'setActivation', activation: a as ActivationKind })),
        fc
          .constantFrom('branch', 'chain', 'parallel')
          .map((o) => ({ type: 'setOrder', order: o as StageOrder })),
      ];
      return fc.oneof(...actions);
    }

    it('runPipeline never throws on any state reachable through the reducer', () => {
      const seen = {
        stride3: false,
        dilation2: false,
        padding2: false,
        poolSize3: false,
        fiveKernels: false,
        side30: false,
      };
      fc.assert(
        fc.property(
          fc.array(actionOf(NUMBER_OR_WORSE), { maxLength: 20, size: 'max' }),
          (actions) => {
            let state = seedState();
            for (const action of actions) {
              state = reducer(state, action);
              const results = runPipeline(state.input, state.kernels, state.config);
              expect(results).toHaveLength(state.kernels.length);
              seen.stride3 ||= state.config.conv.stride === 3;
              seen.dilation2 ||= state.config.conv.dilation === 2;
              seen.padding2 ||= state.config.conv.padding === 2;
              seen.poolSize3 ||= state.config.pool.size === 3;
              seen.fiveKernels ||= state.kernels.length >= 5;
              seen.side30 ||= state.input.height >= 30 || state.input.width >= 30;
            }
          },
        ),
        { numRuns: 300 },
      );
      // The random sequences did reach the far ends of the settings.
      expect(seen).toEqual({
        stride3: true,
        dilation2: true,
        padding2: true,
        poolSize3: true,
        fiveKernels: true,
        side30: true,
      });
    });

    it('every reachable state holds only an input, kernels and settings the limits accept', () => {
      // Paint refuses values outside -1..+1 (tested below).
      const inRangeValue = fc.double({ min: -1, max: 1, noNaN: true });
      fc.assert(
        fc.property(fc.array(actionOf(inRangeValue), { maxLength: 20, size: 'max' }), (actions) => {
          let state = seedState();
          for (const action of actions) {
            const weights = state.kernels.map((m) => Array.from(m.data));
            const pixels = Array.from(state.input.data);
            const next = reducer(state, action);
            // The previous state was not written into.
            expect(Array.from(state.input.data)).toEqual(pixels);
            expect(state.kernels.map((m) => Array.from(m.data))).toEqual(weights);
            state = next;
            expect(validInput(state.input)).toBe(true);
            expect(state.kernels.length).toBeGreaterThanOrEqual(LIMITS.kernels[0]);
            expect(state.kernels.length).toBeLessThanOrEqual(LIMITS.kernels[1]);
            for (const kernel of state.kernels) expect(validKernel(kernel)).toBe(true);
            expect(validConv(state.config.conv)).toBe(true);
            expect(validPool(state.config.pool)).toBe(true);
            expect(['relu', 'leakyRelu', 'sigmoid', 'tanh']).toContain(state.config.activation);
            expect(['branch', 'chain']).toContain(state.config.order);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
