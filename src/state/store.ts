import type { Action } from './actions';
import type { AppState } from './appState';
import { reducer } from './reducer';

export interface Store {
  getState(): AppState;
  dispatch(action: Action): void;
  /** Calls `listener` after every change; returns the function that unsubscribes. */
  subscribe(listener: () => void): () => void;
}

/**
 * A tiny framework-free store around the reducer (after zustand's vanilla core): the React
 * binding only subscribes to it. Listeners run only when an action changed the state.
 */
export function createStore(initial: AppState): Store {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
