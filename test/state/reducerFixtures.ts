// States, pictures and runners shared by the reducer tests.
import { expect } from 'vitest';
import { fromRows, SEED_X, toRows, type Matrix } from '../../src/core';
import { reducer, seedState, type Action, type AppState } from '../../src/state';

export const SEED_X_ROWS = toRows(SEED_X);

export function stateWith(input: Matrix, overrides: Partial<AppState> = {}): AppState {
  return { ...seedState(), input, ...overrides };
}

// A 2x3 input: rows [-1, 1, -1] and [1, -1, 0.5].
export function small(): Matrix {
  return fromRows([
    [-1, 1, -1],
    [1, -1, 0.5],
  ]);
}

/** Runs the reducer and checks it left the previous state and its input data untouched. */
export function reduceChecked(state: AppState, action: Action): AppState {
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

export function picture(lines: readonly string[]): number[][] {
  return lines.map((line) => Array.from(line, (ch) => (ch === '#' ? 1 : -1)));
}

/** reduceChecked, and the previous state's kernels and config also kept their values. */
export function reduceAll(state: AppState, action: Action): AppState {
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
export function expectRefused(state: AppState, action: Action): void {
  expect(reduceAll(state, action)).toBe(state);
}

/** Runs the actions one after the other from `state`. */
export function run(state: AppState, actions: readonly Action[]): AppState {
  return actions.reduce(reducer, state);
}

/** A matrix whose data length need not match its shape (to build invalid pictures). */
export function raw(height: number, width: number, data: readonly number[]): Matrix {
  return { height, width, data: Float64Array.from(data) };
}

export const PLUS = fromRows([
  [0, 1, 0],
  [1, 1, 1],
  [0, 1, 0],
]);
