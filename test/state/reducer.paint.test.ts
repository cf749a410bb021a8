import { describe, expect, it } from 'vitest';
import { SEED_X, toRows } from '../../src/core';
import { reducer, seedState } from '../../src/state';
import { SEED_X_ROWS, stateWith, small, reduceChecked } from './reducerFixtures';

describe('reducer: paint', () => {
  it('sets every listed cell to the value and leaves the others alone', () => {
    const state = stateWith(small());
    const next = reduceChecked(state, {
      type: 'paint',
      cells: [
        { row: 0, col: 0 },
        { row: 1, col: 2 },
      ],
      value: 1,
    });
    expect(toRows(next.input)).toEqual([
      [1, 1, -1],
      [1, -1, 1],
    ]);
    expect(next.input.height).toBe(2);
    expect(next.input.width).toBe(3);
  });

  it('paints any value from -1 to +1, not only +-1', () => {
    const next = reduceChecked(stateWith(small()), {
      type: 'paint',
      cells: [{ row: 1, col: 1 }],
      value: 0.25,
    });
    expect(toRows(next.input)).toEqual([
      [-1, 1, -1],
      [1, 0.25, 0.5],
    ]);
  });

  it('paints a cell of the seed X at its row-major index', () => {
    const next = reduceChecked(seedState(), {
      type: 'paint',
      cells: [{ row: 0, col: 4 }],
      value: 1,
    });
    expect(next.input.data[4]).toBe(1);
    const expected = SEED_X_ROWS.map((row) => [...row]);
    expected[0]![4] = 1;
    expect(toRows(next.input)).toEqual(expected);
  });

  it('keeps everything but the input: same kernels, config, display and language objects', () => {
    const state = seedState('zh');
    const next = reduceChecked(state, { type: 'paint', cells: [{ row: 0, col: 0 }], value: 1 });
    expect(next).not.toBe(state);
    expect(next.kernels).toBe(state.kernels);
    expect(next.config).toBe(state.config);
    expect(next.display).toBe(state.display);
    expect(next.language).toBe('zh');
  });

  it('never writes into the previous input data, nor into the shared seed X', () => {
    const state = seedState();
    const before = Array.from(SEED_X.data);
    const next = reducer(state, { type: 'paint', cells: [{ row: 4, col: 4 }], value: -1 });
    expect(next.input.data).not.toBe(state.input.data);
    expect(next.input.data[40]).toBe(-1);
    expect(state.input.data[40]).toBe(1);
    expect(Array.from(SEED_X.data)).toEqual(before);
  });

  it('ignores cells outside the input and still paints the ones inside', () => {
    const next = reduceChecked(stateWith(small()), {
      type: 'paint',
      cells: [
        { row: -1, col: 0 },
        { row: 0, col: -1 },
        { row: 2, col: 0 },
        { row: 0, col: 3 },
        { row: 1, col: 0 },
      ],
      value: 0,
    });
    expect(toRows(next.input)).toEqual([
      [-1, 1, -1],
      [0, -1, 0.5],
    ]);
  });

  it('ignores a column past the width rather than wrapping it onto the next row', () => {
    // (0, 3) would be row-major index 3, which is (1, 0) in a 3-wide input.
    const state = stateWith(small());
    const next = reduceChecked(state, { type: 'paint', cells: [{ row: 0, col: 3 }], value: 7 });
    expect(next).toBe(state);
    expect(state.input.data[3]).toBe(1);
  });

  it('ignores cells with non-integer or non-finite coordinates', () => {
    const state = stateWith(small());
    const next = reduceChecked(state, {
      type: 'paint',
      cells: [
        { row: 0.5, col: 0 },
        { row: 0, col: 1.5 },
        { row: Number.NaN, col: 0 },
        { row: 0, col: Number.POSITIVE_INFINITY },
      ],
      value: 9,
    });
    expect(next).toBe(state);
    expect(toRows(next.input)).toEqual([
      [-1, 1, -1],
      [1, -1, 0.5],
    ]);
  });

  it('returns the same state object when every cell already has the value', () => {
    const state = stateWith(small());
    const next = reduceChecked(state, {
      type: 'paint',
      cells: [
        { row: 0, col: 1 },
        { row: 1, col: 0 },
      ],
      value: 1,
    });
    expect(next).toBe(state);
    expect(next.input).toBe(state.input);
  });

  it('returns the same state object for an empty list of cells', () => {
    const state = seedState();
    expect(reduceChecked(state, { type: 'paint', cells: [], value: 1 })).toBe(state);
  });

  it('returns the same state object for a non-finite value', () => {
    const state = stateWith(small());
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(reduceChecked(state, { type: 'paint', cells: [{ row: 0, col: 0 }], value })).toBe(
        state,
      );
    }
  });

  it('paints a cell listed twice once, with the value', () => {
    const next = reduceChecked(stateWith(small()), {
      type: 'paint',
      cells: [
        { row: 0, col: 0 },
        { row: 0, col: 0 },
      ],
      value: 1,
    });
    expect(toRows(next.input)[0]).toEqual([1, 1, -1]);
  });

  it('treats the stroke id as bookkeeping only: the result is the same with or without it', () => {
    const state = stateWith(small());
    const cells = [{ row: 0, col: 2 }];
    const a = reducer(state, { type: 'paint', cells, value: 1 });
    const b = reducer(state, { type: 'paint', cells, value: 1, stroke: 3 });
    expect(toRows(b.input)).toEqual(toRows(a.input));
    expect(toRows(b.input)[0]).toEqual([-1, 1, 1]);
  });
});
