import type { Snapshot } from '../../state/snapshots';

/**
 * Work kept as a snapshot while the page is open (a link pasted into this tab's address
 * bar replaced it), announced to the notice that offers to restore it.
 */
const KEPT_EVENT = 'cnn-playground:kept';

export function announceKept(snapshot: Snapshot): void {
  window.dispatchEvent(new CustomEvent<Snapshot>(KEPT_EVENT, { detail: snapshot }));
}

/** Calls `listener` with each snapshot announced; returns the function that stops it. */
export function onKept(listener: (snapshot: Snapshot) => void): () => void {
  const handle = (e: Event) => listener((e as CustomEvent<Snapshot>).detail);
  window.addEventListener(KEPT_EVENT, handle);
  return () => window.removeEventListener(KEPT_EVENT, handle);
}
