import { useCallback, useState } from 'react';
import { importSnapshots } from '../../state/snapshotFile';
import {
  addSnapshot,
  deleteSnapshot,
  loadSnapshots,
  renameSnapshot,
  saveSnapshots,
  type Snapshot,
  type SnapshotStorage,
} from '../../state/snapshots';

/** localStorage, or null where the browser refuses it (some private modes, file://). */
export function browserStorage(): SnapshotStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The snapshots kept in this browser, read when the component mounts, and the edits that
 * write them back. `stored` is false after the storage refused a write: the list then lives
 * in the page only, until it closes.
 */
export function useSnapshots(storage: SnapshotStorage | null = browserStorage()) {
  const [list, setList] = useState(() => loadSnapshots(storage));
  const [stored, setStored] = useState(true);
  const write = useCallback(
    (next: readonly Snapshot[]) => {
      setList(next);
      setStored(saveSnapshots(storage, next));
      return next;
    },
    [storage],
  );
  return {
    list,
    stored,
    keep: (name: string, link: string) =>
      write(addSnapshot(list, { name, link, savedAt: Date.now() }))[0],
    rename: (id: string, name: string) => write(renameSnapshot(list, id, name)),
    remove: (id: string) => write(deleteSnapshot(list, id)),
    importAll: (entries: Parameters<typeof importSnapshots>[1]) => {
      const { list: next, added } = importSnapshots(list, entries);
      write(next);
      return added;
    },
  };
}
