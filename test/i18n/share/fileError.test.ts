import { describe, expect, it } from 'vitest';
import { shareEn } from '../../../src/i18n/share/en';
import { shareZh } from '../../../src/i18n/share/zh';
import type { SnapshotFileError } from '../../../src/state/snapshotFile';

const errors: SnapshotFileError[] = [
  { kind: 'notJson' },
  { kind: 'notSnapshots' },
  { kind: 'version', version: '2' },
  { kind: 'noList' },
  { kind: 'tooMany', count: 120, max: 100 },
  { kind: 'entry', index: 3, field: 'entry' },
  { kind: 'entry', index: 3, field: 'savedAt' },
  { kind: 'link', index: 2, parts: ['kernels', 'pool'] },
];

describe('the messages of a snapshot file that cannot be imported', () => {
  it('say in English what is wrong, naming the snapshot and field', () => {
    expect(errors.map((e) => shareEn.fileError('a.json', e))).toEqual([
      'Nothing imported from a.json: it is not JSON.',
      'Nothing imported from a.json: it is not a snapshot file (it has no "format": "cnn-playground-snapshots").',
      'Nothing imported from a.json: it is version 2 of the snapshot file; this page reads version 1.',
      'Nothing imported from a.json: "snapshots" must be a list.',
      'Nothing imported from a.json: it holds 120 snapshots, and at most 100 are kept.',
      'Nothing imported from a.json: snapshot 3 is not an object with a name, a link and a date.',
      'Nothing imported from a.json: snapshot 3 has no valid "savedAt" (a date such as "2026-12-02T08:00:00.000Z").',
      'Nothing imported from a.json: the link of snapshot 2 cannot be read (kernels, pool).',
    ]);
  });

  it('say it in Chinese too', () => {
    expect(errors.map((e) => shareZh.fileError('a.json', e))).toEqual([
      '没有从 a.json 导入任何内容：它不是 JSON。',
      '没有从 a.json 导入任何内容：它不是快照文件（没有 "format": "cnn-playground-snapshots"）。',
      '没有从 a.json 导入任何内容：它是第 2 版快照文件；这个页面只能读取第 1 版。',
      '没有从 a.json 导入任何内容："snapshots" 必须是一个列表。',
      '没有从 a.json 导入任何内容：它有 120 个快照，最多只能保存 100 个。',
      '没有从 a.json 导入任何内容：第 3 个快照不是包含名称、链接和日期的对象。',
      '没有从 a.json 导入任何内容：第 3 个快照的 "savedAt" 无效（应为日期，如 "2026-12-02T08:00:00.000Z"）。',
      '没有从 a.json 导入任何内容：第 2 个快照的链接无法读取（已损坏或来自其他版本）。',
    ]);
  });
});
