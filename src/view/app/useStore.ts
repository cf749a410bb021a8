import { useSyncExternalStore } from 'react';
import type { AppState, Store } from '../../state';

/** The thin React binding of the store: re-renders when the state changes. */
export function useStoreState(store: Store): AppState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}

/**
 * One slice of the store (after zustand's selectors): the component re-renders only when
 * `select` returns a different value (by Object.is), so `select` must return a part of the
 * state or a primitive, never a new object.
 */
export function useStoreSelector<T>(store: Store, select: (state: AppState) => T): T {
  const get = () => select(store.getState());
  return useSyncExternalStore(store.subscribe, get, get);
}
