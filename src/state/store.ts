import type { AppState } from './appState';
import { createHistory, historyReducer, type HistoryAction } from './history';

export interface Store {
  getState(): AppState;
  dispatch(action: HistoryAction): void;
  /** Calls `listener` after every change; returns the function that unsubscribes. */
  subscribe(listener: () => void): () => void;
  canUndo(): boolean;
  canRedo(): boolean;
}

/**
 * A tiny framework-free store around the reducer and its undo history (after zustand's
 * vanilla core): the React binding only subscribes to it. Listeners run only when an action
 * changed the state.
 */
export function createStore(initial: AppState): Store {
  let history = createHistory(initial);
  const listeners = new Set<() => void>();
  return {
    getState: () => history.present,
    dispatch(action) {
      const next = historyReducer(history, action);
      if (next === history) return;
      const changed = next.present !== history.present;
      history = next;
      if (changed) for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    canUndo: () => history.past.length > 0,
    canRedo: () => history.future.length > 0,
  };
}
