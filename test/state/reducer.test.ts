import { describe, expect, it } from 'vitest';
import { fromRows, SEED_CONFIG, SEED_KERNELS, SEED_O, SEED_X, toRows } from '../../src/core';
import { reducer, seedState, validInput, type AppState } from '../../src/state';
import { DEFAULT_TRAIN_SETTINGS } from '../../src/state/trainSettings';
import { SEED_X_ROWS, stateWith, small, reduceChecked, run } from './reducerFixtures';

describe('seedState', () => {
  it('starts from the seed X, its kernels and config, shared grays, values hidden, English', () => {
    const s = seedState();
    expect(s.input).toBe(SEED_X);
    expect(s.kernels).toBe(SEED_KERNELS);
    expect(s.config).toBe(SEED_CONFIG);
    expect(s.display).toEqual({ colorMode: 'shared', showValues: false, colorMap: 'gray' });
    expect(s.language).toBe('en');
  });

  it('takes the language it is given', () => {
    expect(seedState('zh').language).toBe('zh');
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
    color: null,
    config: { ...SEED_CONFIG, activation: 'tanh', order: 'chain' },
    display: { colorMode: 'perMap', showValues: true, colorMap: 'diverging' },
    language: 'zh',
    blocks: [],
    classes: ['X', 'O'],
    votes: null,
    drawings: [],
    training: { ...DEFAULT_TRAIN_SETTINGS, seed: 9 },
  };

  it("brings back the seed's X, kernels and config", () => {
    const next = reduceChecked(custom, { type: 'reset' });
    expect(next.input).toBe(SEED_X);
    expect(next.kernels).toBe(SEED_KERNELS);
    expect(next.config).toBe(SEED_CONFIG);
  });

  it('keeps the display settings, the training settings and the language', () => {
    const next = reduceChecked(custom, { type: 'reset' });
    expect(next.training).toBe(custom.training);
    expect(next.display).toBe(custom.display);
    expect(next.display).toEqual({ colorMode: 'perMap', showValues: true, colorMap: 'diverging' });
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
    expect(perMap.display).toEqual({ colorMode: 'perMap', showValues: false, colorMap: 'gray' });
    expect(perMap.input).toBe(state.input);
    expect(perMap.language).toBe('en');
    const shared = reduceChecked(perMap, { type: 'setColorMode', mode: 'shared' });
    expect(shared.display).toEqual({ colorMode: 'shared', showValues: false, colorMap: 'gray' });
  });

  it('setColorMode keeps showValues', () => {
    const shown = reducer(seedState(), { type: 'setShowValues', show: true });
    const next = reduceChecked(shown, { type: 'setColorMode', mode: 'perMap' });
    expect(next.display).toEqual({ colorMode: 'perMap', showValues: true, colorMap: 'gray' });
  });

  it('setShowValues true and back to false changes only showValues', () => {
    const state = reducer(seedState(), { type: 'setColorMode', mode: 'perMap' });
    const shown = reduceChecked(state, { type: 'setShowValues', show: true });
    expect(shown.display).toEqual({ colorMode: 'perMap', showValues: true, colorMap: 'gray' });
    expect(shown.input).toBe(state.input);
    const hidden = reduceChecked(shown, { type: 'setShowValues', show: false });
    expect(hidden.display).toEqual({ colorMode: 'perMap', showValues: false, colorMap: 'gray' });
  });

  it('setShowValues does not write into the shared default display object', () => {
    reducer(seedState(), { type: 'setShowValues', show: true });
    expect(seedState().display).toEqual({
      colorMode: 'shared',
      showValues: false,
      colorMap: 'gray',
    });
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
