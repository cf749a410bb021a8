// A stand-in 2D canvas for happy-dom, and readers of what a heatmap drew, shared by the
// Heatmap tests.
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { fromRows } from '../../../src/core';
import { grayScale } from '../../../src/present/grayScale';

// happy-dom has no 2D canvas (getContext returns null). A heatmap that draws its grays into
// a canvas gets a stand-in context that keeps the last image put into each canvas.
interface Image {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}
export const images = new WeakMap<HTMLCanvasElement, Image>();
export const realGetContext = HTMLCanvasElement.prototype.getContext;
export function fakeGetContext(this: HTMLCanvasElement) {
  return {
    canvas: this,
    createImageData: (width: number, height: number): Image => ({
      width,
      height,
      data: new Uint8ClampedArray(width * height * 4),
    }),
    putImageData: (image: Image, dx: number, dy: number) => {
      expect([dx, dy]).toEqual([0, 0]);
      images.set(this, image);
    },
  };
}

// 2 rows x 3 columns, with values that need full precision.
export const m = fromRows([
  [-1, 1 / 3, 0],
  [-0.5, -2 / 9, 1],
]);
export const scale = grayScale([-1, 1]);

export function cellsOf(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('.cell'));
}

export function mapRoot(container: HTMLElement): HTMLElement {
  const root = container.querySelector<HTMLElement>('[data-map]');
  if (!root) throw new Error('no element with data-map');
  return root;
}

// happy-dom reports style colours as written; normalise 'rgb(1,2,3)' and 'rgb(1, 2, 3)'.
export function css(color: string): string {
  return color.replace(/\s+/g, '');
}

/**
 * The gray each cell is drawn in, row-major, as 'rgb(r,g,b)': the pixel of the map's canvas
 * (one pixel per cell) when it draws into a canvas, else the cell's background colour.
 */
export function drawnColors(container: HTMLElement): string[] {
  const root = mapRoot(container);
  const canvas = root.querySelector('canvas');
  if (!canvas) return cellsOf(container).map((c) => css(c.style.backgroundColor));
  const image = images.get(canvas);
  if (!image) throw new Error('nothing was drawn into the canvas');
  const style = root.style;
  expect([canvas.width, canvas.height]).toEqual([
    Number(style.getPropertyValue('--cols')),
    Number(style.getPropertyValue('--rows')),
  ]);
  expect([image.width, image.height]).toEqual([canvas.width, canvas.height]);
  const d = image.data;
  return Array.from({ length: image.width * image.height }, (_, i) => {
    expect(d[4 * i + 3], `alpha of pixel ${i}`).toBe(255);
    return `rgb(${d[4 * i]},${d[4 * i + 1]},${d[4 * i + 2]})`;
  });
}

/** The cells that are not inside an element with role="row". */
export function looseCells(container: HTMLElement): HTMLElement[] {
  return cellsOf(container).filter((c) => c.closest('[role="row"]') === null);
}

/** Installs the stand-in canvas for the calling test file, and unmounts after each test. */
export function installFakeCanvas(): void {
  afterEach(cleanup);
  beforeAll(() => {
    HTMLCanvasElement.prototype.getContext = fakeGetContext as unknown as typeof realGetContext;
  });
  afterAll(() => {
    HTMLCanvasElement.prototype.getContext = realGetContext;
  });
}
