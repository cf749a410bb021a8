import { describe, expect, it } from 'vitest';
import { encodeLink, reducer, seedState, startupState, STORAGE_KEY } from '../../src/state';
import { keepBeforeLink, type PersistEnv } from '../../src/state/persist';
import { loadSnapshots, SNAPSHOTS_KEY } from '../../src/state/snapshots';
import { fakeStorage } from './fakeStorage';

const NOW = Date.UTC(2026, 11, 2, 0, 31);
const seed = seedState('en');
const work = reducer(seed, { type: 'flip', cell: { row: 0, col: 0 } });
const student = reducer(seed, { type: 'flip', cell: { row: 4, col: 0 } });

function env(hash: string, storage: ReturnType<typeof fakeStorage> | null): PersistEnv {
  return {
    readHash: () => hash,
    writeHash: () => undefined,
    storage,
    languages: ['en-GB'],
    now: () => NOW,
  };
}

describe('startupState and the work saved in this browser', () => {
  it('keeps saved work a link replaces as a snapshot named with the time, and names it', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: encodeLink(work) });
    const startup = startupState(env(encodeLink(student), storage));
    expect(startup.source).toBe('link');
    expect(encodeLink(startup.state)).toBe(encodeLink(student));
    const kept = {
      id: 's1',
      name: 'Before opening a link, 2026-12-02 00:31 UTC',
      link: encodeLink(work),
      savedAt: NOW,
    };
    expect(startup.kept).toEqual(kept);
    expect(loadSnapshots(storage)).toEqual([kept]);
  });

  it('names the kept snapshot as the page asks, in the language of the link', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: encodeLink(work) });
    const startup = startupState({
      ...env(encodeLink({ ...student, language: 'zh' }), storage),
      keptName: (time, language) => `${language} ${time}`,
    });
    expect(startup.kept?.name).toBe(`zh ${NOW}`);
  });

  it('keeps nothing when the link holds the saved work, in any language', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: encodeLink(work) });
    const startup = startupState(env(encodeLink({ ...work, language: 'zh' }), storage));
    expect(startup.kept).toBeNull();
    expect(storage.items.has(SNAPSHOTS_KEY)).toBe(false);
  });

  it('keeps nothing when the saved work is the untouched seed, or there is none', () => {
    const seedSaved = fakeStorage({ [STORAGE_KEY]: encodeLink(seedState('zh')) });
    expect(startupState(env(encodeLink(student), seedSaved)).kept).toBeNull();
    expect(startupState(env(encodeLink(student), fakeStorage())).kept).toBeNull();
    expect(startupState(env(encodeLink(student), null)).kept).toBeNull();
  });

  it('names the snapshot that already holds the saved work instead of keeping it twice', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: encodeLink(work) });
    const first = startupState(env(encodeLink(student), storage));
    const again = startupState(env(encodeLink(seed), storage));
    expect(again.kept).toEqual(first.kept);
    expect(loadSnapshots(storage)).toHaveLength(1);
  });

  it('still names the saved work when the storage is too full to keep the snapshot', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: encodeLink(work) });
    storage.full = true;
    const startup = startupState(env(encodeLink(student), storage));
    expect(startup.kept?.link).toBe(encodeLink(work));
    expect(loadSnapshots(storage)).toEqual([]);
  });

  it('opens the saved work, keeping nothing, when there is no link', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: encodeLink(work) });
    const startup = startupState(env('', storage));
    expect(startup.source).toBe('storage');
    expect(encodeLink(startup.state)).toBe(encodeLink(work));
    expect(startup.kept).toBeNull();
  });

  it('keepBeforeLink keeps the work on the page when a link opens later in the same tab', () => {
    const storage = fakeStorage();
    const kept = keepBeforeLink(env('', storage), encodeLink(work), student);
    expect(kept).toEqual({
      id: 's1',
      name: 'Before opening a link, 2026-12-02 00:31 UTC',
      link: encodeLink(work),
      savedAt: NOW,
    });
    expect(loadSnapshots(storage)).toEqual([kept]);
    expect(keepBeforeLink(env('', storage), encodeLink(student), student)).toBeNull();
  });
});
