import { useSyncExternalStore } from 'react';

/** The maps a lesson's question hides now (`data-map` ids), and how to name a hidden map. */
export interface HiddenMaps {
  readonly ids: ReadonlySet<string>;
  readonly label: string;
}

// One page, one lesson: the maps read what the lesson bar sets here, so no provider has to
// wrap the page's maps (MapCard only asks whether its own map is hidden).
let current: HiddenMaps = { ids: new Set(), label: '' };
const listeners = new Set<() => void>();

/** Sets the hidden maps; every map re-checks whether it is one of them. */
export function setHiddenMaps(next: HiddenMaps): void {
  if (next === current) return;
  current = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The accessible name of map `mapId` while a lesson's question hides it, else null. */
export function useHiddenMap(mapId: string): string | null {
  return useSyncExternalStore(
    subscribe,
    () => (current.ids.has(mapId) ? current.label : null),
    () => null,
  );
}
