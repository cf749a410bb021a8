export type { Action, Cell } from './actions';
export {
  DEFAULT_DISPLAY,
  seedState,
  type AppState,
  type ColorMode,
  type Display,
  type Language,
} from './appState';
export { INPUT_PRESETS, inputPreset, invert, type InputPreset } from './inputPresets';
export { reducer } from './reducer';
export { lineCells } from './lineCells';
export { createStore, type Store } from './store';
