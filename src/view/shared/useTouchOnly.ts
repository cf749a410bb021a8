import { useSyncExternalStore } from 'react';

/** A primary pointer that cannot hover: a finger on a phone or a tablet. */
const QUERY = '(hover: none)';

// The list, made once: React reads the snapshot on every render of a component using it, and
// matchMedia costs a style query each call (about 0.1 ms a pixel click in the bench).
let list: MediaQueryList | null | undefined;

function query(): MediaQueryList | null {
  list ??=
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia(QUERY)
      : null;
  return list;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

const snapshot = (): boolean => query()?.matches ?? false;

/**
 * Whether the page is used by touch alone, where nothing can be pointed at without a tap and
 * there is no Escape key: hints then speak of tapping. Follows the device as it changes (a
 * tablet's keyboard and trackpad attached or removed).
 */
export function useTouchOnly(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
