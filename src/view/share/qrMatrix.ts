import qrcode from 'qrcode-generator';

/** The most bytes a QR code holds: version 40, error correction L, byte mode. */
export const QR_MAX_BYTES = 2953;
/** The light border a scanner needs around the code, in modules (the standard's four). */
export const QUIET_ZONE = 4;

export type QrMatrix =
  | {
      readonly kind: 'ok';
      /** Modules a side, without the quiet zone. */
      readonly size: number;
      /** Row-major, true for a dark module. */
      readonly dark: readonly boolean[];
      readonly level: 'M' | 'L';
    }
  | { readonly kind: 'tooLong'; readonly bytes: number; readonly max: number };

function make(text: string, level: 'M' | 'L') {
  const code = qrcode(0, level);
  code.addData(text, 'Byte');
  code.make();
  return code;
}

function tryMake(text: string, level: 'M' | 'L') {
  try {
    return make(text, level);
  } catch {
    return null; // "code length overflow": too long for this level.
  }
}

/**
 * The QR code of `text` (UTF-8, byte mode) with the fewest modules, so each is as large as
 * it can be on the screen: error correction M (it still scans with 15 % of it covered by a
 * glare) where M needs no more modules than L, else L (7 %), which a screen's contrast
 * allows; `tooLong` past what any QR code holds.
 */
export function qrMatrix(text: string): QrMatrix {
  const bytes = new TextEncoder().encode(text).length;
  const m = bytes > QR_MAX_BYTES ? null : tryMake(text, 'M');
  const l = bytes > QR_MAX_BYTES ? null : tryMake(text, 'L');
  const code = m && (!l || m.getModuleCount() <= l.getModuleCount()) ? m : l;
  if (!code) return { kind: 'tooLong', bytes, max: QR_MAX_BYTES };
  const size = code.getModuleCount();
  const dark: boolean[] = [];
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) dark.push(code.isDark(r, c));
  return { kind: 'ok', size, dark, level: code === m ? 'M' : 'L' };
}

/**
 * The dark modules as one SVG path in module units, offset by the quiet zone: a run of dark
 * modules in a row is one rectangle, so a version-40 code stays a path of a few thousand runs.
 */
export function qrPath(size: number, dark: readonly boolean[]): string {
  const parts: string[] = [];
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (!dark[r * size + c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < size && dark[r * size + c]) c++;
      parts.push(`M${start + QUIET_ZONE} ${r + QUIET_ZONE}h${c - start}v1h${start - c}z`);
    }
  }
  return parts.join('');
}
