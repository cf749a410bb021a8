import { useSyncExternalStore } from 'react';
import type { AppState, Store } from '../../state';

/** The thin React binding of the store: re-renders when the state changes. */
export function useStoreState(store: Store): AppState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
