/**
 * Named snapshots: states the teacher keeps by name in this browser, each stored as its link
 * (`encodeLink`), so a snapshot opens exactly as a link does and old ones keep opening when
 * the link format grows. Pure functions over a list; the storage is injected.
 */

export interface Snapshot {
  /** Unique within the list; chosen by `nextSnapshotId`. */
  readonly id: string;
  readonly name: string;
  /** The state, as its link hash (`#v=...`). */
  readonly link: string;
  /** When it was kept, in milliseconds since 1970 (UTC). */
  readonly savedAt: number;
}

export type SnapshotStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const SNAPSHOTS_KEY = 'cnn-playground/snapshots';
/** Longer names are cut to this many characters. */
export const MAX_NAME = 80;
/** The most snapshots a list (or a file) holds. */
export const MAX_SNAPSHOTS = 100;

/** A name as kept: spaces at either end removed, at most `MAX_NAME` characters; '' if empty. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').slice(0, MAX_NAME).trim();
}

/** An id no snapshot of `list` has: 's' and one more than the largest number in use. */
export function nextSnapshotId(list: readonly Snapshot[]): string {
  let max = 0;
  for (const s of list) {
    const n = /^s(\d+)$/.exec(s.id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `s${max + 1}`;
}

/** `list` with a new snapshot first (newest first); the oldest go beyond `MAX_SNAPSHOTS`. */
export function addSnapshot(
  list: readonly Snapshot[],
  entry: Omit<Snapshot, 'id'>,
): readonly Snapshot[] {
  const name = cleanName(entry.name);
  if (name === '') return list;
  const snapshot = { id: nextSnapshotId(list), name, link: entry.link, savedAt: entry.savedAt };
  return [snapshot, ...list].slice(0, MAX_SNAPSHOTS);
}

/** `list` with snapshot `id` renamed; unchanged if the new name is empty or `id` unknown. */
export function renameSnapshot(
  list: readonly Snapshot[],
  id: string,
  name: string,
): readonly Snapshot[] {
  const clean = cleanName(name);
  if (clean === '' || !list.some((s) => s.id === id)) return list;
  return list.map((s) => (s.id === id ? { ...s, name: clean } : s));
}

export function deleteSnapshot(list: readonly Snapshot[], id: string): readonly Snapshot[] {
  return list.filter((s) => s.id !== id);
}

/** A snapshot as read from storage or a file, or null if any field is missing or wrong. */
export function readEntry(value: unknown): Omit<Snapshot, 'id'> | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, link, savedAt } = value as Record<string, unknown>;
  if (typeof name !== 'string' || cleanName(name) === '') return null;
  if (typeof link !== 'string' || !link.startsWith('#v=')) return null;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || savedAt < 0) return null;
  return { name: cleanName(name), link, savedAt };
}

/**
 * The snapshots kept in `storage`, newest first. Unreadable storage, or entries damaged by
 * hand, are skipped: the page still opens.
 */
export function loadSnapshots(storage: SnapshotStorage | null): readonly Snapshot[] {
  let raw: string | null;
  try {
    raw = storage?.getItem(SNAPSHOTS_KEY) ?? null;
  } catch {
    return [];
  }
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const out: Snapshot[] = [];
  const ids = new Set<string>();
  for (const item of parsed.slice(0, MAX_SNAPSHOTS)) {
    const entry = readEntry(item);
    const id = (item as { id?: unknown } | null)?.id;
    if (!entry || typeof id !== 'string' || ids.has(id)) continue;
    ids.add(id);
    out.push({ id, ...entry });
  }
  return out;
}

/** Writes `list` to `storage`; false if the storage refused it (full, or unavailable). */
export function saveSnapshots(storage: SnapshotStorage | null, list: readonly Snapshot[]): boolean {
  if (!storage) return false;
  try {
    storage.setItem(SNAPSHOTS_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}
