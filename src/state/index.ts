export type { Action, Cell } from './actions';
export {
  DEFAULT_DISPLAY,
  seedState,
  type AppState,
  type ColorMap,
  type ColorMode,
  type Display,
  type Language,
} from './appState';
export { INPUT_PRESETS, inputPreset, invert, resizeInput, type InputPreset } from './inputPresets';
export { imageToInput } from './imageToInput';
export {
  KERNEL_PRESETS,
  kernelPreset,
  presetOf,
  resizeKernel,
  type KernelPreset,
} from './kernelPresets';
export { reducer } from './reducer';
export { lineCells } from './lineCells';
export { createStore, type Store } from './store';
export { addKernel, cycleWeight, removeKernel, replaceKernel, setWeight } from './kernelEdits';
export { inRange, LIMITS, validConv, validInput, validKernel, validPool } from './limits';
export {
  createHistory,
  historyReducer,
  HISTORY_LIMIT,
  type History,
  type HistoryAction,
} from './history';
export { decodeLink, encodeLink, LINK_VERSION, type DecodedLink, type LinkPart } from './urlCodec';
export { decodeKernel, decodeMatrix, encodeKernel, encodeMatrix, quantize } from './matrixCodec';
export {
  persist,
  preferredLanguage,
  startupState,
  STORAGE_KEY,
  type PersistEnv,
  type Startup,
} from './persist';
export { defaultBlock, MAX_BLOCKS, type Block } from './block';
export type { BlockAction } from './blockActions';
export { DEFAULT_CLASSES, type Votes } from './votes';
export { stateFromNetwork, type NetworkRefusal, type NetworkRefused } from './stateFromNetwork';
