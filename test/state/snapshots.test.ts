import { describe, expect, it } from 'vitest';
import {
  addSnapshot,
  cleanName,
  deleteSnapshot,
  loadSnapshots,
  MAX_NAME,
  MAX_SNAPSHOTS,
  nextSnapshotId,
  renameSnapshot,
  saveSnapshots,
  SNAPSHOTS_KEY,
  type Snapshot,
} from '../../src/state/snapshots';
import { fakeStorage } from './fakeStorage';

const A: Snapshot = { id: 's1', name: 'Lesson 1', link: '#v=1&l=en', savedAt: 1000 };
const B: Snapshot = { id: 's2', name: 'Thick X', link: '#v=1&l=zh', savedAt: 2000 };

describe('snapshot names', () => {
  it('trims a name, joins its runs of spaces and cuts it to 80 characters', () => {
    expect(cleanName('  my   lesson \n')).toBe('my lesson');
    expect(cleanName('x'.repeat(200))).toBe('x'.repeat(MAX_NAME));
    expect(cleanName('   ')).toBe('');
  });
});

describe('a list of snapshots', () => {
  it('gives a new snapshot the id after the largest in use, and puts it first', () => {
    expect(nextSnapshotId([])).toBe('s1');
    expect(nextSnapshotId([B, A, { ...A, id: 'other' }])).toBe('s3');
    const list = addSnapshot([B, A], { name: ' New ', link: '#v=1', savedAt: 3000 });
    expect(list).toEqual([{ id: 's3', name: 'New', link: '#v=1', savedAt: 3000 }, B, A]);
  });

  it('keeps the list as it is when a snapshot would have an empty name', () => {
    const list = [A];
    expect(addSnapshot(list, { name: '  ', link: '#v=1', savedAt: 1 })).toBe(list);
    expect(renameSnapshot(list, 's1', '')).toBe(list);
  });

  it(`keeps at most ${MAX_SNAPSHOTS} snapshots, dropping the oldest`, () => {
    let list: readonly Snapshot[] = [];
    for (let i = 0; i < MAX_SNAPSHOTS + 2; i++)
      list = addSnapshot(list, { name: `n${i}`, link: '#v=1', savedAt: i });
    expect(list).toHaveLength(MAX_SNAPSHOTS);
    expect(list[0]!.name).toBe(`n${MAX_SNAPSHOTS + 1}`);
    expect(list.at(-1)!.name).toBe('n2');
  });

  it('renames one snapshot and leaves the others as they were', () => {
    expect(renameSnapshot([A, B], 's2', ' Thin X ')).toEqual([A, { ...B, name: 'Thin X' }]);
    const list = [A, B];
    expect(renameSnapshot(list, 's9', 'Nobody')).toBe(list);
  });

  it('deletes the snapshot with the id it is given', () => {
    expect(deleteSnapshot([A, B], 's1')).toEqual([B]);
    expect(deleteSnapshot([A, B], 's9')).toEqual([A, B]);
  });
});

describe('snapshots in storage', () => {
  it('reads back what it saved', () => {
    const storage = fakeStorage();
    expect(saveSnapshots(storage, [A, B])).toBe(true);
    expect(loadSnapshots(storage)).toEqual([A, B]);
  });

  it('says so when the storage refuses the list, or there is none', () => {
    const storage = fakeStorage();
    storage.full = true;
    expect(saveSnapshots(storage, [A])).toBe(false);
    expect(saveSnapshots(null, [A])).toBe(false);
  });

  it('reads nothing from empty, unavailable or damaged storage', () => {
    expect(loadSnapshots(fakeStorage())).toEqual([]);
    expect(loadSnapshots(null)).toEqual([]);
    expect(loadSnapshots(fakeStorage({ [SNAPSHOTS_KEY]: '{not json' }))).toEqual([]);
    expect(loadSnapshots(fakeStorage({ [SNAPSHOTS_KEY]: '{"id":"s1"}' }))).toEqual([]);
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(loadSnapshots(throwing)).toEqual([]);
  });

  it('skips entries damaged by hand and a repeated id, and keeps the rest', () => {
    const raw = JSON.stringify([
      A,
      { ...B, name: 7 },
      { ...B, link: 'http://elsewhere' },
      { ...B, savedAt: -1 },
      { ...B, id: 's1' },
      null,
      B,
    ]);
    expect(loadSnapshots(fakeStorage({ [SNAPSHOTS_KEY]: raw }))).toEqual([A, B]);
  });
});
