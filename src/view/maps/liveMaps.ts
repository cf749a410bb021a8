import type { Matrix } from '../../core';
import { firstBlockOf, stageOf } from '../../present/firstBlock';
import type { Store } from '../../state';

/**
 * A map's newest numbers, read from the store between renders: a map card draws its cells
 * once per shape and repaints from here when only the numbers change.
 */
export interface LiveMatrix {
  /** The map as the store's state makes it now; null when it has none. */
  readonly get: () => Matrix | null;
  /** Calls `listener` after every change of the store's state; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** The maps of the first block that paint themselves: feature, pooled and activated maps. */
export type LiveMapKind = 'conv' | 'pool' | 'relu';

/**
 * The first block's maps of `store`, one LiveMatrix per map made once (so a map card's
 * props stay equal), all reading the one memoised pipeline run (firstBlockOf).
 */
export function liveMaps(store: Store): (map: LiveMapKind, k: number) => LiveMatrix {
  const made = new Map<string, LiveMatrix>();
  return (map, k) => {
    const key = `${map}-${k}`;
    let live = made.get(key);
    if (!live) {
      live = {
        get: () => {
          const result = firstBlockOf(store.getState()).results[k];
          return result ? stageOf(result, map).map : null;
        },
        subscribe: store.subscribe,
      };
      made.set(key, live);
    }
    return live;
  };
}
