import { describe, expect, it } from 'vitest';
import {
  fromRows,
  SEED_CONFIG,
  SEED_KERNELS,
  SEED_O,
  SEED_X,
  toRows,
  type Matrix,
} from '../../src/core';
import { reducer, seedState, type Action, type AppState } from '../../src/state';

const SEED_X_ROWS = toRows(SEED_X);

function stateWith(input: Matrix, overrides: Partial<AppState> = {}): AppState {
  return { ...seedState(), input, ...overrides };
}

// A 2x3 input: rows [-1, 1, -1] and [1, -1, 0.5].
function small(): Matrix {
  return fromRows([
    [-1, 1, -1],
    [1, -1, 0.5],
  ]);
}

/** Runs the reducer and checks it left the previous state and its input data untouched. */
function reduceChecked(state: AppState, action: Action): AppState {
  const inputBefore = Array.from(state.input.data);
  const displayBefore = { ...state.display };
  const frozen = { ...state };
  const next = reducer(state, action);
  expect(Array.from(state.input.data)).toEqual(inputBefore);
  expect(state.display).toEqual(displayBefore);
  expect(state).toEqual(frozen);
  for (const key of Object.keys(frozen) as (keyof AppState)[]) {
    expect(state[key]).toBe(frozen[key]);
  }
  return next;
}

describe('seedState', () => {
  it('starts from the seed X, its kernels and config, shared grays, values hidden, English', () => {
    const s = seedState();
    expect(s.input).toBe(SEED_X);
    expect(s.kernels).toBe(SEED_KERNELS);
    expect(s.config).toBe(SEED_CONFIG);
    expect(s.display).toEqual({ colorMode: 'shared', showValues: false });
    expect(s.language).toBe('en');
  });

  it('takes the language it is given', () => {
    expect(seedState('zh').language).toBe('zh');
  });
});

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

  it('paints any finite value, not only +-1', () => {
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

describe('reducer: flip', () => {
  it('turns a background pixel (-1) into stroke (+1)', () => {
    const state = seedState();
    expect(state.input.data[0]).toBe(-1);
    const next = reduceChecked(state, { type: 'flip', cell: { row: 0, col: 0 } });
    expect(next.input.data[0]).toBe(1);
  });

  it('turns a stroke pixel (+1) into background (-1)', () => {
    const state = seedState();
    expect(state.input.data[10]).toBe(1);
    const next = reduceChecked(state, { type: 'flip', cell: { row: 1, col: 1 } });
    expect(next.input.data[10]).toBe(-1);
  });

  it('changes only the flipped pixel', () => {
    const next = reduceChecked(seedState(), { type: 'flip', cell: { row: 4, col: 4 } });
    const expected = SEED_X_ROWS.map((row) => [...row]);
    expected[4]![4] = -1;
    expect(toRows(next.input)).toEqual(expected);
  });

  it('flipping twice gives back the original picture', () => {
    const once = reducer(seedState(), { type: 'flip', cell: { row: 2, col: 5 } });
    const twice = reducer(once, { type: 'flip', cell: { row: 2, col: 5 } });
    expect(toRows(twice.input)).toEqual(SEED_X_ROWS);
  });

  it('turns a positive value into -1 and zero or a negative value into +1', () => {
    const input = fromRows([[0.5, 0, -0.5]]);
    let s = stateWith(input);
    s = reducer(s, { type: 'flip', cell: { row: 0, col: 0 } });
    s = reducer(s, { type: 'flip', cell: { row: 0, col: 1 } });
    s = reducer(s, { type: 'flip', cell: { row: 0, col: 2 } });
    expect(toRows(s.input)).toEqual([[-1, 1, 1]]);
  });

  it('returns the same state object for a cell outside the input or non-integer', () => {
    const state = seedState();
    for (const cell of [
      { row: 9, col: 0 },
      { row: 0, col: 9 },
      { row: -1, col: 0 },
      { row: 0.5, col: 1 },
    ]) {
      expect(reduceChecked(state, { type: 'flip', cell })).toBe(state);
    }
  });
});

describe('reducer: loadPreset', () => {
  const painted = reducer(seedState('zh'), {
    type: 'paint',
    cells: [{ row: 0, col: 0 }],
    value: 1,
  });

  it("'x' loads the seed X", () => {
    const next = reduceChecked(painted, { type: 'loadPreset', preset: 'x' });
    expect(toRows(next.input)).toEqual(SEED_X_ROWS);
  });

  it("'o' loads the O ring", () => {
    const next = reduceChecked(painted, { type: 'loadPreset', preset: 'o' });
    expect(toRows(next.input)).toEqual(toRows(SEED_O));
    expect(toRows(next.input)[1]).toEqual([-1, -1, -1, 1, 1, 1, -1, -1, -1]);
  });

  it("'blank' loads a 9x9 picture of background pixels (-1)", () => {
    const next = reduceChecked(painted, { type: 'loadPreset', preset: 'blank' });
    expect(next.input.height).toBe(9);
    expect(next.input.width).toBe(9);
    expect(Array.from(next.input.data)).toEqual(new Array<number>(81).fill(-1));
  });

  it('keeps kernels, config, display and language', () => {
    const withDisplay = reducer(painted, { type: 'setShowValues', show: true });
    const next = reduceChecked(withDisplay, { type: 'loadPreset', preset: 'o' });
    expect(next.kernels).toBe(withDisplay.kernels);
    expect(next.config).toBe(withDisplay.config);
    expect(next.display).toBe(withDisplay.display);
    expect(next.language).toBe('zh');
  });

  it('returns the same state object when the preset is already loaded (seed X, then x)', () => {
    // The reducer's contract: "an action that changes nothing returns the same state object".
    const state = seedState();
    expect(state.input).toBe(SEED_X);
    expect(reducer(state, { type: 'loadPreset', preset: 'x' })).toBe(state);
  });
});

describe('reducer: invert', () => {
  it('turns every value v into -v', () => {
    const next = reduceChecked(stateWith(small()), { type: 'invert' });
    expect(toRows(next.input)).toEqual([
      [1, -1, 1],
      [-1, 1, -0.5],
    ]);
  });

  it('inverts the seed X into a white X on black: stroke -1, background +1', () => {
    const next = reduceChecked(seedState(), { type: 'invert' });
    expect(toRows(next.input)).toEqual(SEED_X_ROWS.map((row) => row.map((v) => -v)));
    expect(next.input.data[0]).toBe(1);
    expect(next.input.data[10]).toBe(-1);
  });

  it('gives 0, never -0, for a zero pixel', () => {
    const next = reduceChecked(stateWith(fromRows([[0, 1]])), { type: 'invert' });
    expect(Object.is(next.input.data[0], 0)).toBe(true);
    expect(next.input.data[1]).toBe(-1);
  });

  it('inverting twice gives back the original picture', () => {
    const twice = reducer(reducer(seedState(), { type: 'invert' }), { type: 'invert' });
    expect(toRows(twice.input)).toEqual(SEED_X_ROWS);
  });

  it('keeps kernels, config, display and language', () => {
    const state = seedState('zh');
    const next = reduceChecked(state, { type: 'invert' });
    expect(next.kernels).toBe(state.kernels);
    expect(next.config).toBe(state.config);
    expect(next.display).toBe(state.display);
    expect(next.language).toBe('zh');
  });
});

describe('reducer: reset', () => {
  const custom: AppState = {
    input: small(),
    kernels: [fromRows([[2]])],
    config: { ...SEED_CONFIG, activation: 'tanh', order: 'chain' },
    display: { colorMode: 'perMap', showValues: true },
    language: 'zh',
  };

  it("brings back the seed's X, kernels and config", () => {
    const next = reduceChecked(custom, { type: 'reset' });
    expect(next.input).toBe(SEED_X);
    expect(next.kernels).toBe(SEED_KERNELS);
    expect(next.config).toBe(SEED_CONFIG);
  });

  it('keeps the display settings and the language', () => {
    const next = reduceChecked(custom, { type: 'reset' });
    expect(next.display).toBe(custom.display);
    expect(next.display).toEqual({ colorMode: 'perMap', showValues: true });
    expect(next.language).toBe('zh');
  });

  it('undoes painting', () => {
    const painted = reducer(seedState(), { type: 'flip', cell: { row: 0, col: 0 } });
    const next = reduceChecked(painted, { type: 'reset' });
    expect(toRows(next.input)).toEqual(SEED_X_ROWS);
  });
});

describe('reducer: display and language', () => {
  it("setColorMode 'perMap' and back to 'shared' changes only the colour mode", () => {
    const state = seedState();
    const perMap = reduceChecked(state, { type: 'setColorMode', mode: 'perMap' });
    expect(perMap.display).toEqual({ colorMode: 'perMap', showValues: false });
    expect(perMap.input).toBe(state.input);
    expect(perMap.language).toBe('en');
    const shared = reduceChecked(perMap, { type: 'setColorMode', mode: 'shared' });
    expect(shared.display).toEqual({ colorMode: 'shared', showValues: false });
  });

  it('setColorMode keeps showValues', () => {
    const shown = reducer(seedState(), { type: 'setShowValues', show: true });
    const next = reduceChecked(shown, { type: 'setColorMode', mode: 'perMap' });
    expect(next.display).toEqual({ colorMode: 'perMap', showValues: true });
  });

  it('setShowValues true and back to false changes only showValues', () => {
    const state = reducer(seedState(), { type: 'setColorMode', mode: 'perMap' });
    const shown = reduceChecked(state, { type: 'setShowValues', show: true });
    expect(shown.display).toEqual({ colorMode: 'perMap', showValues: true });
    expect(shown.input).toBe(state.input);
    const hidden = reduceChecked(shown, { type: 'setShowValues', show: false });
    expect(hidden.display).toEqual({ colorMode: 'perMap', showValues: false });
  });

  it('setShowValues does not write into the shared default display object', () => {
    reducer(seedState(), { type: 'setShowValues', show: true });
    expect(seedState().display).toEqual({ colorMode: 'shared', showValues: false });
  });

  it('setLanguage switches the language and keeps the rest', () => {
    const state = seedState();
    const next = reduceChecked(state, { type: 'setLanguage', language: 'zh' });
    expect(next.language).toBe('zh');
    expect(next.input).toBe(state.input);
    expect(next.display).toBe(state.display);
    expect(reducer(next, { type: 'setLanguage', language: 'en' }).language).toBe('en');
  });

  it('setLanguage to the current language returns the same state object', () => {
    const state = seedState('zh');
    expect(reduceChecked(state, { type: 'setLanguage', language: 'zh' })).toBe(state);
  });

  it('setColorMode to the current mode returns the same state object', () => {
    // The reducer's contract: "an action that changes nothing returns the same state object".
    const state = seedState();
    expect(reducer(state, { type: 'setColorMode', mode: 'shared' })).toBe(state);
  });

  it('setShowValues to the current setting returns the same state object', () => {
    const state = seedState();
    expect(reducer(state, { type: 'setShowValues', show: false })).toBe(state);
  });
});
