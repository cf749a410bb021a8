import type { Matrix } from '../core';
import { LEVEL_RGB, type GrayScale } from './grayScale';

/**
 * Draws a matrix into a canvas with one pixel per cell (TensorFlow Playground's approach);
 * CSS scales the canvas up with `image-rendering: pixelated`, so cells stay crisp squares.
 * One putImageData per map replaces hundreds of styled elements to repaint.
 */
/** The colour of a cell not computed yet while stepping through: the page's blue-gray. */
const PENDING = [214, 221, 232] as const;

export function paintCanvas(
  canvas: HTMLCanvasElement,
  m: Matrix,
  scale: GrayScale,
  revealed = Infinity,
): void {
  if (canvas.width !== m.width) canvas.width = m.width;
  if (canvas.height !== m.height) canvas.height = m.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  const image = ctx.createImageData(m.width, m.height);
  const px = image.data;
  for (let i = 0, p = 0; i < m.data.length; i++, p += 4) {
    const l = scale.level(m.data[i]!) * 3;
    const pending = i >= revealed;
    px[p] = pending ? PENDING[0] : LEVEL_RGB[l]!;
    px[p + 1] = pending ? PENDING[1] : LEVEL_RGB[l + 1]!;
    px[p + 2] = pending ? PENDING[2] : LEVEL_RGB[l + 2]!;
    px[p + 3] = 255;
  }
  ctx.putImageData(image, 0, 0);
}

/** Tints highlighted cells orange on a transparent canvas laid over a map without cells. */
export function paintMarks(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  highlighted: ReadonlySet<number> | undefined,
): void {
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = 'rgba(255, 122, 0, 0.6)';
  highlighted?.forEach((i) => ctx.fillRect(i % width, Math.floor(i / width), 1, 1));
}
