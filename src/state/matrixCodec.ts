import type { Matrix } from '../core';
import { fromBase64Url, toBase64Url } from './base64url';

// A picture as compact text: "<height>x<width>.<kind>.<base64url data>", where kind is
//   b: every value is -1 or +1, one bit each (1 for +1), most significant bit first;
//   q: every value is one of the 256 levels 2 * b / 255 - 1 (imported pictures), one byte each;
//   f: anything else, the float64 values themselves (little-endian), so a link is exact.
// The encoder picks the most compact kind that is exact for the picture.

/** The 8-bit level of v when v is exactly 2 * b / 255 - 1 for a whole b in 0..255. */
function level(v: number): number | null {
  const b = Math.round(((v + 1) / 2) * 255);
  return b >= 0 && b <= 255 && (2 * b) / 255 - 1 === v ? b : null;
}

/** Rounds every value to the nearest of the 256 levels 2 * b / 255 - 1 (for imported pictures). */
export function quantize(m: Matrix): Matrix {
  const data = m.data.map((v) => (2 * Math.round(((v + 1) / 2) * 255)) / 255 - 1);
  return { height: m.height, width: m.width, data };
}

export function encodeMatrix(m: Matrix): string {
  const head = `${m.height}x${m.width}`;
  const { data } = m;
  if (data.every((v) => v === 1 || v === -1)) {
    const bytes = new Uint8Array(Math.ceil(data.length / 8));
    data.forEach((v, i) => v === 1 && (bytes[i >> 3]! |= 0x80 >> (i & 7)));
    return `${head}.b.${toBase64Url(bytes)}`;
  }
  const levels = Array.from(data, level);
  if (levels.every((b) => b !== null)) return `${head}.q.${toBase64Url(Uint8Array.from(levels))}`;
  const bytes = new Uint8Array(data.length * 8);
  const view = new DataView(bytes.buffer);
  data.forEach((v, i) => view.setFloat64(i * 8, v, true));
  return `${head}.f.${toBase64Url(bytes)}`;
}

/** The picture in `text`, or null when the text is not a well-formed encoding. */
export function decodeMatrix(text: string): Matrix | null {
  const match = /^(\d{1,3})x(\d{1,3})\.([bqf])\.([A-Za-z0-9_-]*)$/.exec(text);
  if (!match) return null;
  const height = Number(match[1]);
  const width = Number(match[2]);
  const n = height * width;
  const bytes = fromBase64Url(match[4]!);
  if (!bytes || n === 0) return null;
  const data = new Float64Array(n);
  switch (match[3]) {
    case 'b':
      if (bytes.length !== Math.ceil(n / 8)) return null;
      for (let i = 0; i < n; i++) data[i] = bytes[i >> 3]! & (0x80 >> (i & 7)) ? 1 : -1;
      break;
    case 'q':
      if (bytes.length !== n) return null;
      for (let i = 0; i < n; i++) data[i] = (2 * bytes[i]!) / 255 - 1;
      break;
    default: {
      if (bytes.length !== n * 8) return null;
      const view = new DataView(bytes.buffer);
      for (let i = 0; i < n; i++) data[i] = view.getFloat64(i * 8, true);
    }
  }
  return { height, width, data };
}

/** A kernel as "<height>x<width>.<w>,<w>,...", each weight written so it reads back exactly. */
export function encodeKernel(m: Matrix): string {
  return `${m.height}x${m.width}.${Array.from(m.data, (v) => String(v + 0)).join(',')}`;
}

export function decodeKernel(text: string): Matrix | null {
  const match = /^(\d)x(\d)\.([-+0-9.eE,]*)$/.exec(text);
  if (!match) return null;
  const height = Number(match[1]);
  const width = Number(match[2]);
  const parts = match[3]!.split(',');
  if (parts.length !== height * width) return null;
  const values = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (!values.every(Number.isFinite)) return null;
  return { height, width, data: Float64Array.from(values) };
}
