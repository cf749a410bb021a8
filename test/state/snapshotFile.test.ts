import { describe, expect, it } from 'vitest';
import { encodeLink, seedState } from '../../src/state';
import {
  exportSnapshots,
  importSnapshots,
  parseSnapshotFile,
  SNAPSHOT_FORMAT,
} from '../../src/state/snapshotFile';
import type { Snapshot } from '../../src/state/snapshots';

const LINK = encodeLink(seedState('en'));
const ZH = encodeLink(seedState('zh'));
const A: Snapshot = { id: 's1', name: 'Lesson 1', link: LINK, savedAt: Date.UTC(2026, 11, 2, 8) };
const B: Snapshot = { id: 's2', name: '第二课', link: ZH, savedAt: Date.UTC(2026, 11, 1) };

function file(snapshots: unknown, extra: Record<string, unknown> = {}) {
  return JSON.stringify({ format: SNAPSHOT_FORMAT, version: 1, snapshots, ...extra });
}

describe('the snapshot file', () => {
  it('writes the format, its version and each snapshot with an ISO date', () => {
    expect(JSON.parse(exportSnapshots([A]))).toEqual({
      format: 'cnn-playground-snapshots',
      version: 1,
      snapshots: [{ name: 'Lesson 1', link: LINK, savedAt: '2026-12-02T08:00:00.000Z' }],
    });
  });

  it('reads back the snapshots it wrote, without their ids', () => {
    expect(parseSnapshotFile(exportSnapshots([A, B]))).toEqual({
      ok: true,
      snapshots: [
        { name: 'Lesson 1', link: LINK, savedAt: A.savedAt },
        { name: '第二课', link: ZH, savedAt: B.savedAt },
      ],
    });
  });

  it('names what is wrong with a file that is not a snapshot file', () => {
    expect(parseSnapshotFile('{"format": ')).toEqual({ ok: false, error: { kind: 'notJson' } });
    expect(parseSnapshotFile('[1, 2]')).toEqual({ ok: false, error: { kind: 'notSnapshots' } });
    expect(parseSnapshotFile('{"layers": []}')).toEqual({
      ok: false,
      error: { kind: 'notSnapshots' },
    });
    expect(parseSnapshotFile(file([], { version: 2 }))).toEqual({
      ok: false,
      error: { kind: 'version', version: '2' },
    });
    expect(parseSnapshotFile(file({}))).toEqual({ ok: false, error: { kind: 'noList' } });
    expect(parseSnapshotFile(file(Array.from({ length: 101 }, () => ({}))))).toEqual({
      ok: false,
      error: { kind: 'tooMany', count: 101, max: 100 },
    });
  });

  it('names the snapshot (counting from 1) and the field that is wrong', () => {
    const good = { name: 'ok', link: LINK, savedAt: '2026-12-02T08:00:00.000Z' };
    const cases: [unknown, string][] = [
      ['text', 'entry'],
      [{ ...good, name: '   ' }, 'name'],
      [{ ...good, link: 42 }, 'link'],
      [{ ...good, link: 'https://example.com/' }, 'link'],
      [{ ...good, savedAt: 'yesterday' }, 'savedAt'],
      [{ ...good, savedAt: 1764662400000 }, 'savedAt'],
    ];
    for (const [entry, field] of cases)
      expect(parseSnapshotFile(file([good, entry]))).toEqual({
        ok: false,
        error: { kind: 'entry', index: 2, field },
      });
  });

  it('refuses a snapshot whose link does not open cleanly, naming the parts', () => {
    const bad = { name: 'x', link: '#v=1&k=zzz&a=swish', savedAt: '2026-12-02T08:00:00.000Z' };
    expect(parseSnapshotFile(file([bad]))).toEqual({
      ok: false,
      error: { kind: 'link', index: 1, parts: ['kernels', 'activation'] },
    });
  });
});

describe('importing snapshots', () => {
  it('adds the new ones first, with new ids, and skips those already kept', () => {
    const imported = [
      { name: 'Lesson 1', link: LINK, savedAt: 5 },
      { name: 'Lesson 2', link: LINK, savedAt: 6 },
      { name: 'Lesson 3', link: ZH, savedAt: 7 },
    ];
    expect(importSnapshots([A, B], imported)).toEqual({
      added: 2,
      list: [
        { id: 's3', name: 'Lesson 2', link: LINK, savedAt: 6 },
        { id: 's4', name: 'Lesson 3', link: ZH, savedAt: 7 },
        A,
        B,
      ],
    });
  });
});
