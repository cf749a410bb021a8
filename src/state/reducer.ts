import type { Matrix } from '../core';
import type { Action, Cell } from './actions';
import { seedState, type AppState } from './appState';
import { inputPreset, invert, resizeInput } from './inputPresets';
import { addKernel, cycleWeight, removeKernel, replaceKernel, setWeight } from './kernelEdits';
import { inRange, LIMITS, validConv, validInput, validPool } from './limits';
import { ACTIVATIONS, STAGE_ORDERS } from './settingChoices';
import { blockReducer, refitAfter } from './blockReducer';
import { currentVotes } from './decisionNetwork';
import { votesFit, withVote } from './votes';
import { validClasses } from './blocksCodec';
import { colorReducer } from './colorReducer';
import { sameTraining, settingsProblem, trainingChoices } from './trainSettings';
import {
  addDrawing,
  drawingsWithoutClass,
  MAX_CLASSES,
  votesWithClass,
  votesWithoutClass,
} from './drawings';

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

export function sameMatrix(a: Matrix, b: Matrix): boolean {
  if (a === b) return true;
  if (a.height !== b.height || a.width !== b.width) return false;
  return a.data.every((v, i) => v === b.data[i]);
}

function sameSettings<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((key) => a[key] === b[key]);
}

function sameConfig(a: AppState['config'], b: AppState['config']): boolean {
  return (
    sameSettings(a.conv, b.conv) &&
    sameSettings(a.pool, b.pool) &&
    a.activation === b.activation &&
    a.order === b.order
  );
}

function withKernels(state: AppState, kernels: readonly Matrix[]): AppState {
  return kernels === state.kernels ? state : { ...state, kernels };
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
  return colorReducer(state, action, grayReducer);
}

/** The reducer of a gray picture (and of what a colour picture shares with it). */
function grayReducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'paint': {
      if (!(action.value >= -1 && action.value <= 1)) return state;
      const input = paint(state.input, action.cells, action.value);
      return input === state.input ? state : { ...state, input };
    }
    case 'flip': {
      if (!inside(state.input, action.cell)) return state;
      const v = state.input.data[action.cell.row * state.input.width + action.cell.col]!;
      return grayReducer(state, { type: 'paint', cells: [action.cell], value: v > 0 ? -1 : 1 });
    }
    case 'loadPreset':
      return withInput(state, inputPreset(action.preset, state.input.height, state.input.width));
    case 'invert':
      return withInput(state, invert(state.input));
    case 'reset': {
      const seed = seedState(state.language);
      const same =
        state.color === null &&
        sameMatrix(state.input, seed.input) &&
        state.kernels.length === seed.kernels.length &&
        state.kernels.every((k, i) => sameMatrix(k, seed.kernels[i]!)) &&
        sameConfig(state.config, seed.config) &&
        state.blocks.length === 0 &&
        state.votes === null &&
        state.drawings.length === 0 &&
        state.classes.join() === seed.classes.join();
      return same ? state : { ...seed, display: state.display, training: state.training };
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
    case 'setInput':
      return validInput(action.input) ? withInput(state, action.input) : state;
    case 'resizeInput': {
      const { height, width } = action;
      if (!inRange(height, LIMITS.grid) || !inRange(width, LIMITS.grid)) return state;
      return withInput(state, resizeInput(state.input, height, width));
    }
    case 'setWeight':
      return withKernels(state, setWeight(state.kernels, action.k, action.index, action.value));
    case 'cycleWeight': {
      const v = state.kernels[action.k]?.data[action.index];
      if (v === undefined) return state;
      return withKernels(state, setWeight(state.kernels, action.k, action.index, cycleWeight(v)));
    }
    case 'setKernel':
      return withKernels(state, replaceKernel(state.kernels, action.k, action.kernel));
    case 'addKernel': {
      const next = withKernels(state, addKernel(state.kernels, action.kernel));
      return next === state ? state : { ...next, blocks: refitAfter(next.blocks, 1, 'added') };
    }
    case 'removeKernel': {
      const next = withKernels(state, removeKernel(state.kernels, action.k));
      if (next === state) return state;
      return { ...next, blocks: refitAfter(next.blocks, 1, { removed: action.k }) };
    }
    case 'setConv': {
      const conv = { ...state.config.conv, ...action.conv };
      conv.bias += 0; // never store -0
      if (!validConv(conv) || sameSettings(conv, state.config.conv)) return state;
      return { ...state, config: { ...state.config, conv } };
    }
    case 'setPool': {
      const pool = { ...state.config.pool, ...action.pool };
      if (!validPool(pool) || sameSettings(pool, state.config.pool)) return state;
      return { ...state, config: { ...state.config, pool } };
    }
    case 'setActivation':
      if (
        !ACTIVATIONS.includes(action.activation) ||
        action.activation === state.config.activation
      ) {
        return state;
      }
      return { ...state, config: { ...state.config, activation: action.activation } };
    case 'setOrder':
      if (!STAGE_ORDERS.includes(action.order) || action.order === state.config.order) return state;
      return { ...state, config: { ...state.config, order: action.order } };
    case 'setColorMap':
      if (action.colorMap !== 'gray' && action.colorMap !== 'diverging') return state;
      return state.display.colorMap === action.colorMap
        ? state
        : { ...state, display: { ...state.display, colorMap: action.colorMap } };
    case 'setVote': {
      const votes = currentVotes(state);
      const { c, index, value } = action;
      const row = votes?.weight[c];
      if (!votes || !row || !Number.isFinite(value) || !Number.isInteger(index)) return state;
      if (index < -1 || index >= row.length) return state;
      if ((index === -1 ? votes.bias[c] : row[index]) === value && state.votes) return state;
      return { ...state, votes: withVote(votes, c, index, value + 0) };
    }
    case 'resetVotes':
      return state.votes === null ? state : { ...state, votes: null };
    case 'setVotes': {
      const n = action.votes.weight[0]?.length ?? 0;
      return votesFit(action.votes, state.classes.length, n)
        ? { ...state, votes: action.votes }
        : state;
    }
    case 'addDrawing': {
      const drawings = addDrawing(state.drawings, state.input, action.label, state.classes.length);
      return drawings === state.drawings ? state : { ...state, drawings };
    }
    case 'removeDrawing':
      if (!state.drawings[action.index]) return state;
      return { ...state, drawings: state.drawings.filter((_, i) => i !== action.index) };
    case 'addClass': {
      const name = action.name.trim();
      const classes = [...state.classes, name];
      if (state.classes.length >= MAX_CLASSES || !validClasses(classes)) return state;
      return { ...state, classes, votes: votesWithClass(state.votes) };
    }
    case 'removeClass': {
      const { c } = action;
      if (!Number.isInteger(c) || c < 2 || c >= state.classes.length) return state;
      return {
        ...state,
        classes: state.classes.filter((_, i) => i !== c),
        votes: votesWithoutClass(state.votes, c),
        drawings: drawingsWithoutClass(state.drawings, c),
      };
    }
    case 'setTraining': {
      // The class's drawings join a run when it starts; the state keeps only the choices.
      const training = trainingChoices(action.training);
      if (settingsProblem(training) !== null || sameTraining(state.training, training))
        return state;
      return { ...state, training };
    }
    case 'setColorInput':
    case 'toGray':
      return state; // colorReducer's
    default:
      return blockReducer(state, action);
  }
}
