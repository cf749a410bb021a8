import { describe, expect, it } from 'vitest';
import { terminalQr } from '../../scripts/classroomQr';
import { QUIET_ZONE, qrMatrix } from '../../src/view/share/qrMatrix';

/** The modules a terminal QR shows, read back from its half blocks' colours. */
function readBack(text: string): boolean[][] {
  const rows: boolean[][] = [];
  for (const line of text.split('\n')) {
    // Each character: escape, [30m or [97m (top), escape, [40m or [107m (bottom), '▀'.
    const codes = line
      .split('▀')
      .slice(0, -1)
      .map((cell) => [...cell.matchAll(/\[(\d+)m/g)].map((m) => m[1]));
    rows.push(
      codes.map(([top]) => top === '30'),
      codes.map(([, bottom]) => bottom === '40'),
    );
  }
  return rows;
}

describe('terminalQr', () => {
  it('draws the same modules as the app, two rows a line, inside a white border', () => {
    const url = 'http://192.168.1.20:4175/';
    const qr = qrMatrix(url);
    if (qr.kind !== 'ok') throw new Error('a short address fits');
    const side = qr.size + 2 * QUIET_ZONE;
    const text = terminalQr(url)!;
    expect(text.split('\n')).toHaveLength(Math.ceil(side / 2));
    const want = Array.from({ length: side }, (_, r) =>
      Array.from({ length: side }, (_, c) => {
        const [rr, cc] = [r - QUIET_ZONE, c - QUIET_ZONE];
        return rr >= 0 && cc >= 0 && rr < qr.size && cc < qr.size && qr.dark[rr * qr.size + cc]!;
      }),
    );
    // An odd side: the last line's bottom half is the border's white.
    expect(readBack(text)).toEqual([...want, Array.from({ length: side }, () => false)]);
  });

  it('draws nothing for a text no QR code holds', () => {
    expect(terminalQr('x'.repeat(3000))).toBeNull();
  });
});
