import { cleanName, MAX_NAME, MAX_SNAPSHOTS, nextSnapshotId, type Snapshot } from './snapshots';
import { decodeLink, type LinkPart } from './urlCodec';

/** Snapshots as a file: JSON a teacher can keep, mail and import in another browser. */
export const SNAPSHOT_FORMAT = 'cnn-playground-snapshots';
export const SNAPSHOT_FILE_VERSION = 1;

export interface SnapshotFile {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_FILE_VERSION;
  readonly snapshots: readonly { name: string; link: string; savedAt: string }[];
}

/** What is wrong with a file, precisely enough for a message that says how to fix it. */
export type SnapshotFileError =
  | { readonly kind: 'notJson' }
  | { readonly kind: 'notSnapshots' }
  | { readonly kind: 'version'; readonly version: string }
  | { readonly kind: 'noList' }
  | { readonly kind: 'tooMany'; readonly count: number; readonly max: number }
  | {
      readonly kind: 'entry';
      /** 1-based, as a teacher counts. */
      readonly index: number;
      readonly field: 'entry' | 'name' | 'link' | 'savedAt';
    }
  | { readonly kind: 'link'; readonly index: number; readonly parts: readonly LinkPart[] };

export type ParsedSnapshotFile =
  | { readonly ok: true; readonly snapshots: readonly Omit<Snapshot, 'id'>[] }
  | { readonly ok: false; readonly error: SnapshotFileError };

/** The file for `list`, pretty-printed, dates as ISO 8601 text. */
export function exportSnapshots(list: readonly Snapshot[]): string {
  const file: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_FILE_VERSION,
    snapshots: list.map((s) => ({
      name: s.name,
      link: s.link,
      savedAt: new Date(s.savedAt).toISOString(),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function readDate(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && Number.isFinite(time) ? time : null;
}

/**
 * The snapshots in a file's text, or the first thing wrong with it. Every snapshot's link
 * must open without a problem, so that nothing imported opens on the seed's values unsaid.
 */
export function parseSnapshotFile(text: string): ParsedSnapshotFile {
  const fail = (error: SnapshotFileError): ParsedSnapshotFile => ({ ok: false, error });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ kind: 'notJson' });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail({ kind: 'notSnapshots' });
  const { format, version, snapshots } = data as Record<string, unknown>;
  if (format !== SNAPSHOT_FORMAT) return fail({ kind: 'notSnapshots' });
  if (version !== SNAPSHOT_FILE_VERSION) return fail({ kind: 'version', version: String(version) });
  if (!Array.isArray(snapshots)) return fail({ kind: 'noList' });
  if (snapshots.length > MAX_SNAPSHOTS)
    return fail({ kind: 'tooMany', count: snapshots.length, max: MAX_SNAPSHOTS });
  const out: Omit<Snapshot, 'id'>[] = [];
  for (const [i, item] of snapshots.entries()) {
    const index = i + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return fail({ kind: 'entry', index, field: 'entry' });
    const { name, link, savedAt } = item as Record<string, unknown>;
    if (typeof name !== 'string' || cleanName(name) === '' || name.length > 10 * MAX_NAME)
      return fail({ kind: 'entry', index, field: 'name' });
    if (typeof link !== 'string' || !link.startsWith('#'))
      return fail({ kind: 'entry', index, field: 'link' });
    const time = readDate(savedAt);
    if (time === null) return fail({ kind: 'entry', index, field: 'savedAt' });
    const { problems } = decodeLink(link);
    if (problems.length > 0) return fail({ kind: 'link', index, parts: problems });
    out.push({ name: cleanName(name), link, savedAt: time });
  }
  return { ok: true, snapshots: out };
}

/**
 * `list` with the imported snapshots added before it, in the file's order, each with a new
 * id; a snapshot already in the list (same name and link) is not added twice.
 */
export function importSnapshots(
  list: readonly Snapshot[],
  imported: readonly Omit<Snapshot, 'id'>[],
): { readonly list: readonly Snapshot[]; readonly added: number } {
  const known = new Set(list.map((s) => `${s.name}\n${s.link}`));
  const fresh: Snapshot[] = [];
  let ids: readonly Snapshot[] = list;
  for (const entry of imported) {
    const key = `${entry.name}\n${entry.link}`;
    if (known.has(key)) continue;
    known.add(key);
    const snapshot = { id: nextSnapshotId(ids), ...entry };
    fresh.push(snapshot);
    ids = [...ids, snapshot];
  }
  return { list: [...fresh, ...list].slice(0, MAX_SNAPSHOTS), added: fresh.length };
}
