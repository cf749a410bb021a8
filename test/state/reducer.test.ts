import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMatrix,
  fromRows,
  runPipeline,
  SEED_CONFIG,
  SEED_KERNELS,
  SEED_O,
  SEED_X,
  toRows,
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
  type AppState,
} from '../../src/state';

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

// ---------------------------------------------------------------------------------------------
// The lab's actions: the input's size, the kernels and every pipeline setting.

/** A picture drawn as text, one string per row: '#' is stroke (+1), '.' is background (-1). */
function picture(lines: readonly string[]): number[][] {
  return lines.map((line) => Array.from(line, (ch) => (ch === '#' ? 1 : -1)));
}

/** reduceChecked, and the previous state's kernels and config also kept their values. */
function reduceAll(state: AppState, action: Action): AppState {
  const kernels = [...state.kernels];
  const weights = state.kernels.map((m) => Array.from(m.data));
  const config = structuredClone(state.config);
  const next = reduceChecked(state, action);
  expect(state.kernels).toHaveLength(kernels.length);
  state.kernels.forEach((m, i) => {
    expect(m).toBe(kernels[i]);
    expect(Array.from(m.data)).toEqual(weights[i]);
  });
  expect(state.config).toEqual(config);
  return next;
}

/** Checks that the reducer refuses the action: it returns the very same state object. */
function expectRefused(state: AppState, action: Action): void {
  expect(reduceAll(state, action)).toBe(state);
}

/** Runs the actions one after the other from `state`. */
function run(state: AppState, actions: readonly Action[]): AppState {
  return actions.reduce(reducer, state);
}

/** A matrix whose data length need not match its shape (to build invalid pictures). */
function raw(height: number, width: number, data: readonly number[]): Matrix {
  return { height, width, data: Float64Array.from(data) };
}

const PLUS = fromRows([
  [0, 1, 0],
  [1, 1, 1],
  [0, 1, 0],
]);

describe('reducer: the lab actions', () => {
  describe('setInput', () => {
    // A 3x4 picture with values inside -1..+1.
    const picture3x4 = fromRows([
      [-1, 1, 0, 0.5],
      [1, -1, -0.25, 1],
      [0, 0, 1, -1],
    ]);

    it('replaces the input with a valid picture and keeps kernels, config, display, language', () => {
      const state = seedState('zh');
      const next = reduceAll(state, { type: 'setInput', input: picture3x4 });
      expect(next.input).toBe(picture3x4);
      expect(toRows(next.input)).toEqual([
        [-1, 1, 0, 0.5],
        [1, -1, -0.25, 1],
        [0, 0, 1, -1],
      ]);
      expect(next.kernels).toBe(state.kernels);
      expect(next.config).toBe(state.config);
      expect(next.display).toBe(state.display);
      expect(next.language).toBe('zh');
    });

    it('accepts the smallest and the largest pictures, 3x3 and 64x64, and 3x64', () => {
      for (const input of [createMatrix(3, 3, 1), createMatrix(64, 64, -1), createMatrix(3, 64)]) {
        expect(reduceAll(seedState(), { type: 'setInput', input }).input).toBe(input);
      }
    });

    it('refuses a 2x2 or a 65x3 picture and returns the same state object', () => {
      const state = seedState();
      expectRefused(state, { type: 'setInput', input: createMatrix(2, 2, 1) });
      expectRefused(state, { type: 'setInput', input: createMatrix(65, 3, 1) });
      expectRefused(state, { type: 'setInput', input: createMatrix(3, 2, 1) });
      expectRefused(state, { type: 'setInput', input: createMatrix(3, 65, 1) });
    });

    it('refuses a picture with a value of 1.5, -1.5, NaN or Infinity', () => {
      const state = seedState();
      for (const bad of [1.5, -1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
        const input = createMatrix(3, 3, 0);
        input.data[4] = bad;
        expectRefused(state, { type: 'setInput', input });
      }
    });

    it('refuses a picture whose data length does not match its shape', () => {
      const state = seedState();
      expectRefused(state, { type: 'setInput', input: raw(3, 3, new Array<number>(8).fill(0)) });
      expectRefused(state, { type: 'setInput', input: raw(3, 3, new Array<number>(10).fill(0)) });
    });

    it('refuses a picture with a non-integer side', () => {
      expectRefused(seedState(), {
        type: 'setInput',
        input: raw(3.5, 2, new Array<number>(7).fill(0)),
      });
    });

    it('returns the same state object for a copy of the current picture', () => {
      const state = seedState();
      expect(reduceAll(state, { type: 'setInput', input: fromRows(SEED_X_ROWS) })).toBe(state);
    });
  });

  describe('resizeInput', () => {
    it('grows the seed X to 12x12 centred: one new row and column before it, two after', () => {
      const next = reduceAll(seedState(), { type: 'resizeInput', height: 12, width: 12 });
      expect(toRows(next.input)).toEqual(
        picture([
          '............',
          '............',
          '..#.....#...',
          '...#...#....',
          '....#.#.....',
          '.....#......',
          '....#.#.....',
          '...#...#....',
          '..#.....#...',
          '............',
          '............',
          '............',
        ]),
      );
    });

    it('shrinks the seed X to 7x7 by cropping one pixel from every side', () => {
      const next = reduceAll(seedState(), { type: 'resizeInput', height: 7, width: 7 });
      expect(toRows(next.input)).toEqual(
        picture(['#.....#', '.#...#.', '..#.#..', '...#...', '..#.#..', '.#...#.', '#.....#']),
      );
    });

    it('resizes each side on its own: 10x8 adds a row at the bottom, drops the right column', () => {
      const next = reduceAll(seedState(), { type: 'resizeInput', height: 10, width: 8 });
      expect(next.input.height).toBe(10);
      expect(next.input.width).toBe(8);
      expect(toRows(next.input)).toEqual(
        picture([
          '........',
          '.#.....#',
          '..#...#.',
          '...#.#..',
          '....#...',
          '...#.#..',
          '..#...#.',
          '.#.....#',
          '........',
          '........',
        ]),
      );
    });

    it('goes down to 3x3, the middle of the X, and up to 64x64', () => {
      const small3 = reduceAll(seedState(), { type: 'resizeInput', height: 3, width: 3 });
      expect(toRows(small3.input)).toEqual(picture(['#.#', '.#.', '#.#']));
      const big = reduceAll(seedState(), { type: 'resizeInput', height: 64, width: 64 });
      expect(big.input.height).toBe(64);
      expect(big.input.width).toBe(64);
      // The X's 13 stroke pixels moved by trunc(55 / 2) = 27 rows and columns; the rest is -1.
      const strokes = Array.from(big.input.data.keys()).filter((i) => big.input.data[i] === 1);
      const expected = Array.from(SEED_X.data.keys())
        .filter((i) => SEED_X.data[i] === 1)
        .map((i) => (Math.floor(i / 9) + 27) * 64 + (i % 9) + 27);
      expect(strokes).toEqual(expected);
      expect(strokes).toHaveLength(13);
      expect(big.input.data.filter((v) => v === -1)).toHaveLength(64 * 64 - 13);
    });

    it('growing and then shrinking back gives the original picture', () => {
      const grown = reducer(seedState(), { type: 'resizeInput', height: 14, width: 11 });
      const back = reduceAll(grown, { type: 'resizeInput', height: 9, width: 9 });
      expect(toRows(back.input)).toEqual(SEED_X_ROWS);
    });

    it('refuses a side of 2, 65, 3.5 or NaN and returns the same state object', () => {
      const state = seedState();
      for (const [height, width] of [
        [2, 9],
        [9, 2],
        [65, 9],
        [9, 65],
        [3.5, 9],
        [9, 3.5],
        [Number.NaN, 9],
      ] as const) {
        expectRefused(state, { type: 'resizeInput', height, width });
      }
    });

    it('returns the same state object when the size is unchanged', () => {
      const state = seedState();
      expectRefused(state, { type: 'resizeInput', height: 9, width: 9 });
    });

    it('keeps kernels, config, display and language', () => {
      const state = seedState('zh');
      const next = reduceAll(state, { type: 'resizeInput', height: 5, width: 20 });
      expect(next.kernels).toBe(state.kernels);
      expect(next.config).toBe(state.config);
      expect(next.display).toBe(state.display);
      expect(next.language).toBe('zh');
    });
  });

  describe('loadPreset at other sizes', () => {
    it("loads 'x' at the current size: after resizing to 12x12, a 12x12 X", () => {
      const resized = reducer(seedState(), { type: 'resizeInput', height: 12, width: 12 });
      const next = reduceAll(resized, { type: 'loadPreset', preset: 'x' });
      expect(next.input.height).toBe(12);
      expect(next.input.width).toBe(12);
      expect(toRows(next.input)).toEqual(
        picture([
          '............',
          '.#........#.',
          '..#......#..',
          '...#....#...',
          '....#..#....',
          '.....##.....',
          '.....##.....',
          '....#..#....',
          '...#....#...',
          '..#......#..',
          '.#........#.',
          '............',
        ]),
      );
    });

    it("loads 'blank' at 5x7 as 35 background pixels", () => {
      const resized = reducer(seedState(), { type: 'resizeInput', height: 5, width: 7 });
      const next = reduceAll(resized, { type: 'loadPreset', preset: 'blank' });
      expect(next.input.height).toBe(5);
      expect(next.input.width).toBe(7);
      expect(Array.from(next.input.data)).toEqual(new Array<number>(35).fill(-1));
    });

    it("loads 'x' at 9x9 after a round trip through 12x12: the seed X object itself", () => {
      const resized = reducer(seedState(), { type: 'resizeInput', height: 12, width: 12 });
      const back = reducer(resized, { type: 'resizeInput', height: 9, width: 9 });
      const next = reducer(reducer(back, { type: 'invert' }), { type: 'loadPreset', preset: 'x' });
      expect(next.input).toBe(SEED_X);
    });
  });

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

// Each test below pins a promise of the reducer's contract that an earlier version broke.
describe('reducer: promises the lab-action tests once caught broken', () => {
  it('paint refuses a value outside -1..+1, as setInput and validInput do', () => {
    // limits.ts: "the reducer refuses anything outside them"; validInput: "values from -1 to
    // +1". setInput refuses a 1.5, but paint writes it, leaving an input validInput rejects.
    const state = seedState();
    const next = reducer(state, { type: 'paint', cells: [{ row: 0, col: 0 }], value: 1.5 });
    expect(validInput(next.input)).toBe(true);
  });

  it('setKernel with a copy of the current kernel returns the same state object', () => {
    // "An action that changes nothing returns the same state object": setInput compares the
    // picture's values (a copy of the current picture is refused), setKernel only identity.
    const state = seedState();
    const copy = fromRows(toRows(SEED_KERNELS[0]!));
    expect(reducer(state, { type: 'setKernel', k: 0, kernel: copy })).toBe(state);
  });

  it('reset on a state equal to the seed in every value returns the same state object', () => {
    // Flipping a pixel twice and setting stride 2 then back to 1 leave the seed's values in
    // new objects; reset compares identity only and so reports a change that is not one.
    const state = run(seedState(), [
      { type: 'flip', cell: { row: 0, col: 0 } },
      { type: 'flip', cell: { row: 0, col: 0 } },
      { type: 'setConv', conv: { stride: 2 } },
      { type: 'setConv', conv: { stride: 1 } },
    ]);
    expect(toRows(state.input)).toEqual(SEED_X_ROWS);
    expect(state.config).toEqual(SEED_CONFIG);
    expect(reducer(state, { type: 'reset' })).toBe(state);
  });
});
