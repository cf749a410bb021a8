import type { Matrix } from '../core';
import type { Action, Cell } from './actions';
import { seedState, type AppState } from './appState';
import { inputPreset, invert } from './inputPresets';

function inside(m: Matrix, { row, col }: Cell): boolean {
  return (
    Number.isInteger(row) &&
    Number.isInteger(col) &&
    row >= 0 &&
    col >= 0 &&
    row < m.height &&
    col < m.width
  );
}

/** The input with `cells` set to `value`; the same object when nothing changes. */
function paint(input: Matrix, cells: readonly Cell[], value: number): Matrix {
  let data: Float64Array | null = null;
  for (const cell of cells) {
    if (!inside(input, cell)) continue;
    const i = cell.row * input.width + cell.col;
    if (input.data[i] === value) continue;
    data ??= input.data.slice();
    data[i] = value;
  }
  return data ? { height: input.height, width: input.width, data } : input;
}

function sameMatrix(a: Matrix, b: Matrix): boolean {
  if (a === b) return true;
  if (a.height !== b.height || a.width !== b.width) return false;
  return a.data.every((v, i) => v === b.data[i]);
}

/** The state with a new input, or the same state when the picture is unchanged. */
function withInput(state: AppState, input: Matrix): AppState {
  return sameMatrix(state.input, input) ? state : { ...state, input };
}

/**
 * The app's only state transition: a pure function of the state and an action. It never
 * mutates the state; an action that changes nothing returns the same state object.
 */
export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'paint': {
      if (!Number.isFinite(action.value)) return state;
      const input = paint(state.input, action.cells, action.value);
      return input === state.input ? state : { ...state, input };
    }
    case 'flip': {
      if (!inside(state.input, action.cell)) return state;
      const v = state.input.data[action.cell.row * state.input.width + action.cell.col]!;
      return reducer(state, { type: 'paint', cells: [action.cell], value: v > 0 ? -1 : 1 });
    }
    case 'loadPreset':
      return withInput(state, inputPreset(action.preset));
    case 'invert':
      return withInput(state, invert(state.input));
    case 'reset': {
      const seed = seedState(state.language);
      const same =
        state.input === seed.input &&
        state.kernels === seed.kernels &&
        state.config === seed.config;
      return same ? state : { ...seed, display: state.display };
    }
    case 'setColorMode':
      return state.display.colorMode === action.mode
        ? state
        : { ...state, display: { ...state.display, colorMode: action.mode } };
    case 'setShowValues':
      return state.display.showValues === action.show
        ? state
        : { ...state, display: { ...state.display, showValues: action.show } };
    case 'setLanguage':
      return state.language === action.language ? state : { ...state, language: action.language };
  }
}
