import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { encodeLink, seedState } from '../../../src/state';
import { QR_MAX_BYTES, qrMatrix, qrPath } from '../../../src/view/share/qrMatrix';

function libraryModules(text: string, level: 'M' | 'L') {
  const code = qrcode(0, level);
  code.addData(text, 'Byte');
  code.make();
  const n = code.getModuleCount();
  return Array.from({ length: n * n }, (_, i) => code.isDark(Math.floor(i / n), i % n));
}

describe('qrMatrix', () => {
  it('encodes a link module for module as the library does, at the level it names', () => {
    const link = `http://192.168.1.20:4173/${encodeLink(seedState('en'))}`;
    const qr = qrMatrix(link);
    if (qr.kind !== 'ok') throw new Error('the seed link fits');
    expect(qr.dark).toEqual(libraryModules(link, qr.level));
    expect(qr.size * qr.size).toBe(qr.dark.length);
  });

  it('takes error correction M where L would need as many modules, else L', () => {
    const at = (n: number) => {
      const qr = qrMatrix('a'.repeat(n));
      return qr.kind === 'ok' && [qr.level, qr.size];
    };
    // Version 1 holds 14 bytes at M, 17 at L; version 2 32 at L.
    expect(at(14)).toEqual(['M', 21]);
    expect(at(15)).toEqual(['L', 21]);
    expect(at(18)).toEqual(['M', 25]);
    expect(at(2331)).toEqual(['L', 161]);
    expect(at(2953)).toEqual(['L', 177]);
  });

  it(`holds ${QR_MAX_BYTES} bytes at most, and says how many there were past that`, () => {
    expect(qrMatrix('a'.repeat(QR_MAX_BYTES)).kind).toBe('ok');
    expect(qrMatrix('a'.repeat(QR_MAX_BYTES + 1))).toEqual({
      kind: 'tooLong',
      bytes: 2954,
      max: 2953,
    });
    expect(qrMatrix('é'.repeat(1500))).toEqual({ kind: 'tooLong', bytes: 3000, max: 2953 });
  });
});

describe('qrPath', () => {
  it('draws each run of dark modules in a row as one rectangle, inside the quiet zone', () => {
    const dark = [true, true, false, false, false, true, true, false, true];
    expect(qrPath(3, dark)).toBe('M4 4h2v1h-2zM6 5h1v1h-1zM4 6h1v1h-1zM6 6h1v1h-1z');
  });
});
