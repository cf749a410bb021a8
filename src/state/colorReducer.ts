import type { Matrix } from '../core';
import type { Action } from './actions';
import type { AppState } from './appState';
import { kernelStacks, pictureGray, sameShape, sliceOf, type ColorChannels } from './colorChannels';
import { cycleWeight, setWeight } from './kernelEdits';
import { resizeKernel } from './kernelPresets';
import { validInput } from './limits';

type Reduce = (state: AppState, action: Action) => AppState;

/** The state with a colour picture's green and blue channels and slices as given. */
function withColor(state: AppState, next: AppState, color: ColorChannels): AppState {
  const old = state.color;
  if (next === state && old !== null) {
    const same =
      color.green === old.green &&
      color.blue === old.blue &&
      color.slices.length === old.slices.length &&
      color.slices.every((s, k) => s === old.slices[k]);
    if (same) return state;
  }
  return { ...next, color };
}

/** Whether `next` is `old` at another (square) size, as the kernel size choice makes it. */
function resizedAlike(old: Matrix, next: Matrix): boolean {
  if (next.height !== next.width || sameShape(old, next)) return false;
  try {
    const want = resizeKernel(old, next.height);
    return want.data.every((v, i) => v === next.data[i]);
  } catch {
    return false;
  }
}

/** The colour picture as its gray, each kernel one slice (see sliceOf); a gray page as it is. */
function toGray(state: AppState): AppState {
  if (state.color === null) return state;
  const kernels = kernelStacks(state).map((stack) => sliceOf(stack, state.config.conv.normalize));
  return { ...state, input: pictureGray(state), kernels, color: null };
}

/**
 * Kernel k's green and blue slices for the kernels of `next`: a slice of another size than
 * its red one (the kernel was replaced) takes the red one's weights on every channel.
 */
function refitSlices(next: AppState, slices: ColorChannels['slices']): ColorChannels['slices'] {
  return next.kernels.map((red, k) => {
    const own = slices[k];
    return own && own.every((m) => sameShape(m, red)) ? own : ([red, red] as const);
  });
}

/**
 * The reducer for colour pictures, around the gray one (`gray`), which it leaves every action
 * of a gray page to. On a colour page (issue 11):
 * - drawing, presets, inverting and resizing act on every channel alike (a stroke draws
 *   black or white, in every channel; a click flips by the red channel's value);
 * - a weight edit names its slice (`channel`: 0 red, 1 green, 2 blue);
 * - a kernel replaced or added (a preset, a typed kernel, a new size) is that kernel on
 *   every channel; removing a kernel removes its slices;
 * - a drawing added to the training set is the picture's gray;
 * - a gray picture (`setInput`) makes the page gray, as `toGray` does.
 */
export function colorReducer(state: AppState, action: Action, gray: Reduce): AppState {
  switch (action.type) {
    case 'setColorInput': {
      const [red, green, blue] = action.channels;
      const shapes = [green, blue].every((m) => sameShape(m, red));
      if (!shapes || !action.channels.every(validInput)) return state;
      const next = gray(state, { type: 'setInput', input: red });
      const old = state.color?.slices;
      const slices = old && old.length === state.kernels.length ? old : null;
      return withColor(state, next, {
        green,
        blue,
        slices: slices ?? state.kernels.map((k) => [k, k] as const),
      });
    }
    case 'toGray':
      return toGray(state);
    default:
  }
  const color = state.color;
  if (color === null) return gray(state, action);
  switch (action.type) {
    case 'flip': {
      const { row, col } = action.cell;
      const v = state.input.data[row * state.input.width + col];
      if (v === undefined || row < 0 || col < 0 || col >= state.input.width) return state;
      return colorReducer(
        state,
        { type: 'paint', cells: [action.cell], value: v > 0 ? -1 : 1 },
        gray,
      );
    }
    case 'paint':
    case 'loadPreset':
    case 'invert':
    case 'resizeInput': {
      const next = gray(state, action);
      const green = gray({ ...state, input: color.green }, action).input;
      const blue = gray({ ...state, input: color.blue }, action).input;
      return withColor(state, next, { ...color, green, blue });
    }
    case 'setInput':
      return validInput(action.input) ? gray(toGray(state), action) : state;
    case 'setWeight':
    case 'cycleWeight': {
      const c = action.channel ?? 0;
      if (c === 0) return gray(state, action);
      const stack = color.slices[action.k];
      const slice = stack?.[c - 1];
      if (!stack || !slice || (c !== 1 && c !== 2)) return state;
      const old = slice.data[action.index];
      if (old === undefined) return state;
      const value = action.type === 'cycleWeight' ? cycleWeight(old) : action.value;
      const [edited] = setWeight([slice], 0, action.index, value);
      if (edited === slice) return state;
      const next: readonly [Matrix, Matrix] = c === 1 ? [edited!, stack[1]] : [stack[0], edited!];
      const slices = color.slices.map((s, k) => (k === action.k ? next : s));
      return { ...state, color: { ...color, slices } };
    }
    case 'setKernel': {
      const next = gray(state, action);
      if (next === state) return state;
      const red = next.kernels[action.k]!;
      const own = color.slices[action.k]!;
      // The kernel's size changed and nothing else: its green and blue slices change size too.
      const resized = resizedAlike(state.kernels[action.k]!, red);
      const stack = resized
        ? ([resizeKernel(own[0], red.height), resizeKernel(own[1], red.height)] as const)
        : ([red, red] as const);
      const slices = color.slices.map((s, k) => (k === action.k ? stack : s));
      return { ...next, color: { ...color, slices } };
    }
    case 'removeKernel': {
      const next = gray(state, action);
      if (next === state) return state;
      return {
        ...next,
        color: { ...color, slices: color.slices.filter((_, k) => k !== action.k) },
      };
    }
    case 'addDrawing': {
      const next = gray({ ...state, input: pictureGray(state) }, action);
      return next.drawings === state.drawings ? state : { ...state, drawings: next.drawings };
    }
    default: {
      const next = gray(state, action);
      // A new page (reset) is gray; kernels added or replaced otherwise get their slices.
      if (next === state || next.color !== color || next.kernels === state.kernels) return next;
      return { ...next, color: { ...color, slices: refitSlices(next, color.slices) } };
    }
  }
}
