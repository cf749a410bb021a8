import type { Matrix } from '../../core';
import { LEVEL_RGB, type GrayScale } from '../../present/grayScale';

/** The colour of a cell not computed yet while stepping through: the page's blue-gray. */
const PENDING = [214, 221, 232] as const;
/** Highlighted cells of a map without cell elements: this orange at 60 % over their gray. */
const TINT = [255, 122, 0] as const;
const TINT_ALPHA = 0.6;

/** Red, green, blue of a gray level seen through the orange tint, as the page would blend it. */
export function tinted(level: number): [number, number, number] {
  const mix = (c: number, gray: number) => Math.round(TINT_ALPHA * c + (1 - TINT_ALPHA) * gray);
  const at = (k: number) => LEVEL_RGB[level * 3 + k]!;
  return [mix(TINT[0], at(0)), mix(TINT[1], at(1)), mix(TINT[2], at(2))];
}

/** RGBA pixels as 32-bit words in this machine's byte order, one per gray level. */
function pixelWords(rgb: (level: number) => ArrayLike<number>): Uint32Array {
  const bytes = new Uint8Array(256 * 4).fill(255); // alpha stays 255
  for (let l = 0; l < 256; l++) bytes.set(rgb(l), l * 4);
  return new Uint32Array(bytes.buffer);
}

const GRAY_WORDS = pixelWords((l) => LEVEL_RGB.subarray(l * 3, l * 3 + 3));
const TINTED_WORDS = pixelWords(tinted);
// Other palettes (the diverging colour map) get their words on first use.
const paletteWords = new WeakMap<Uint8Array, [Uint32Array, Uint32Array]>();
function wordsOf(palette: Uint8Array): [Uint32Array, Uint32Array] {
  if (palette === LEVEL_RGB) return [GRAY_WORDS, TINTED_WORDS];
  let words = paletteWords.get(palette);
  if (!words) {
    const at = (l: number, k: number) => palette[l * 3 + k]!;
    const mix = (c: number, v: number) => Math.round(TINT_ALPHA * c + (1 - TINT_ALPHA) * v);
    words = [
      pixelWords((l) => palette.subarray(l * 3, l * 3 + 3)),
      pixelWords((l) => [mix(TINT[0], at(l, 0)), mix(TINT[1], at(l, 1)), mix(TINT[2], at(l, 2))]),
    ];
    paletteWords.set(palette, words);
  }
  return words;
}
const PENDING_WORD = pixelWords(() => PENDING)[0]!;

/** The canvas sized to one pixel a cell of `m`, its context and a blank image; null without 2-D. */
function imageFor(
  canvas: HTMLCanvasElement,
  m: Matrix,
): [CanvasRenderingContext2D, ImageData] | null {
  if (canvas.width !== m.width) canvas.width = m.width;
  if (canvas.height !== m.height) canvas.height = m.height;
  const ctx = canvas.getContext('2d');
  return ctx && [ctx, ctx.createImageData(m.width, m.height)];
}

/**
 * Draws a matrix into a canvas with one pixel per cell (TensorFlow Playground's approach);
 * CSS scales the canvas up with `image-rendering: pixelated`, so cells stay crisp squares.
 * One putImageData per map replaces hundreds of styled elements to repaint.
 *
 * `highlighted` cells are tinted orange in the same pixels rather than on a transparent
 * canvas above: in a software-composited browser every extra canvas layer is blended over
 * the whole map on every frame (measured: half the compositor's time per click at 64x64).
 * Cells from `revealed` on are drawn as not computed yet.
 */
export function paintCanvas(
  canvas: HTMLCanvasElement,
  m: Matrix,
  scale: GrayScale,
  revealed = Infinity,
  highlighted?: ReadonlySet<number>,
): void {
  const target = imageFor(canvas, m);
  if (!target) return;
  const [ctx, image] = target;
  // One 32-bit write a pixel, from tables built once, instead of four byte writes.
  const px = new Uint32Array(image.data.buffer, image.data.byteOffset, m.data.length);
  const { data } = m;
  const cells = Math.max(0, Math.min(data.length, revealed));
  const level = scale.level;
  const [plain, tint] = wordsOf(scale.palette);
  for (let i = 0; i < cells; i++) px[i] = plain[level(data[i]!)]!;
  px.fill(PENDING_WORD, cells);
  highlighted?.forEach((i) => {
    if (i < cells) px[i] = tint[level(data[i]!)]!;
  });
  ctx.putImageData(image, 0, 0);
}

/** A channel value in [-1, +1] as a byte: -1 none of the colour (0), +1 all of it (255). */
export const channelByte = (v: number): number =>
  Math.round((Math.min(1, Math.max(-1, v)) + 1) * 127.5);

/**
 * Draws a colour picture, its red, green and blue channels in [-1, +1], into a canvas with
 * one pixel per cell, as paintCanvas draws a map: highlighted cells tinted orange, cells from
 * `revealed` on pending.
 */
export function paintColors(
  canvas: HTMLCanvasElement,
  [red, green, blue]: readonly [Matrix, Matrix, Matrix],
  revealed = Infinity,
  highlighted?: ReadonlySet<number>,
): void {
  const target = imageFor(canvas, red);
  if (!target) return;
  const [ctx, image] = target;
  const px = image.data;
  const cells = Math.max(0, Math.min(red.data.length, revealed));
  const mix = (c: number, v: number) => Math.round(TINT_ALPHA * c + (1 - TINT_ALPHA) * v);
  for (let i = 0; i < red.data.length; i++) {
    const rgb =
      i >= cells
        ? PENDING
        : [channelByte(red.data[i]!), channelByte(green.data[i]!), channelByte(blue.data[i]!)];
    const lit = highlighted?.has(i) === true && i < cells;
    for (let k = 0; k < 3; k++) px[i * 4 + k] = lit ? mix(TINT[k]!, rgb[k]!) : rgb[k]!;
    px[i * 4 + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}
