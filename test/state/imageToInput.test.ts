import { describe, expect, it } from 'vitest';
import { toRows, type Matrix } from '../../src/core';
import { imageToInput } from '../../src/state/imageToInput';

type Rgba = readonly [number, number, number, number];

/** An RGBA buffer from rows of pixels, as ImageData.data would hold it. */
function rgbaImage(rows: readonly (readonly Rgba[])[]): {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
} {
  const height = rows.length;
  const width = rows[0]?.length ?? 0;
  const rgba = new Uint8ClampedArray(width * height * 4);
  rows.forEach((row, r) => row.forEach((px, c) => rgba.set(px, (r * width + c) * 4)));
  return { rgba, width, height };
}

/** An opaque gray image from rows of gray levels 0..255. */
function grayImage(rows: readonly (readonly number[])[]) {
  return rgbaImage(rows.map((row) => row.map((g): Rgba => [g, g, g, 255])));
}

/** An opaque image of one colour. */
function solidImage(height: number, width: number, px: Rgba) {
  return rgbaImage(Array.from({ length: height }, () => Array.from({ length: width }, () => px)));
}

/** The value a gray level maps to. */
const valueOf = (gray: number) => (gray / 255) * 2 - 1;

function convert(
  image: { rgba: Uint8ClampedArray; width: number; height: number },
  height: number,
  width: number,
  threshold?: boolean,
): Matrix {
  return imageToInput(
    image.rgba,
    image.width,
    image.height,
    height,
    width,
    threshold === undefined ? undefined : { threshold },
  );
}

function expectAllClose(m: Matrix, expected: readonly (readonly number[])[]): void {
  expect(m.height).toBe(expected.length);
  expect(m.width).toBe(expected[0]!.length);
  const rows = toRows(m);
  expected.forEach((row, r) =>
    row.forEach((v, c) => expect(rows[r]![c], `row ${r}, column ${c}`).toBeCloseTo(v, 12)),
  );
}

describe('imageToInput', () => {
  it('maps an all-black image to -1 in every cell', () => {
    const m = convert(solidImage(6, 5, [0, 0, 0, 255]), 3, 4);
    expect(m.height).toBe(3);
    expect(m.width).toBe(4);
    expect(Array.from(m.data)).toEqual(new Array(12).fill(-1));
  });

  it('maps an all-white image to +1 in every cell, also when the sizes do not divide', () => {
    expect(Array.from(convert(solidImage(6, 5, [255, 255, 255, 255]), 3, 4).data)).toEqual(
      new Array(12).fill(1),
    );
    expect(Array.from(convert(solidImage(7, 11, [255, 255, 255, 255]), 3, 4).data)).toEqual(
      new Array(12).fill(1),
    );
  });

  it('maps mid gray 128 to exactly 128 / 255 * 2 - 1', () => {
    const m = convert(solidImage(4, 4, [128, 128, 128, 255]), 2, 2);
    for (const v of m.data) expect(v).toBe((128 / 255) * 2 - 1);
  });

  it('keeps the blocks of a 4x4 checkerboard of 2x2 blocks when shrunk to 2x2', () => {
    const image = grayImage([
      [0, 0, 255, 255],
      [0, 0, 255, 255],
      [255, 255, 0, 0],
      [255, 255, 0, 0],
    ]);
    expect(toRows(convert(image, 2, 2))).toEqual([
      [-1, 1],
      [1, -1],
    ]);
  });

  it('averages a half-black, half-white 2x2 image to exactly 0', () => {
    expect(
      Array.from(
        convert(
          grayImage([
            [0, 255],
            [255, 0],
          ]),
          1,
          1,
        ).data,
      ),
    ).toEqual([0]);
    expect(
      Array.from(
        convert(
          grayImage([
            [0, 0],
            [255, 255],
          ]),
          1,
          1,
        ).data,
      ),
    ).toEqual([0]);
  });

  it('weights the partly covered source pixels by their coverage when shrinking 3x3 to 2x2', () => {
    // Each target cell spans 1.5 source pixels per axis: a whole pixel (weight 2/3) and half
    // of the middle one (weight 1/3). Cell (0, 0) = (4 g00 + 2 g01 + 2 g10 + g11) / 9, etc.
    const image = grayImage([
      [0, 90, 180],
      [30, 120, 210],
      [60, 150, 240],
    ]);
    // (0, 0): (4*0 + 2*90 + 2*30 + 120) / 9 = 360 / 9 = 40
    // (0, 1): (4*180 + 2*90 + 2*210 + 120) / 9 = 1440 / 9 = 160
    // (1, 0): (4*60 + 2*30 + 2*150 + 120) / 9 = 720 / 9 = 80
    // (1, 1): (4*240 + 2*210 + 2*150 + 120) / 9 = 1800 / 9 = 200
    expectAllClose(convert(image, 2, 2), [
      [valueOf(40), valueOf(160)],
      [valueOf(80), valueOf(200)],
    ]);
  });

  it('fills every cell with the one pixel when enlarging 1x1 to 3x3', () => {
    const m = convert(grayImage([[51]]), 3, 3);
    expect(m.height).toBe(3);
    expect(m.width).toBe(3);
    for (const v of m.data) expect(v).toBeCloseTo(-0.6, 12);
  });

  it('blends the two pixels a cell straddles when enlarging 2 columns to 3', () => {
    // Cell 0 lies in pixel 0, cell 1 is half pixel 0 and half pixel 1, cell 2 lies in pixel 1.
    expectAllClose(convert(grayImage([[0, 255]]), 1, 3), [[-1, 0, 1]]);
  });

  it('with threshold gives only -1 and +1, comparing each value with 0 (0 itself is +1)', () => {
    const image = grayImage([
      [0, 100, 127, 128],
      [200, 255, 10, 140],
    ]);
    expect(toRows(convert(image, 2, 4, true))).toEqual([
      [-1, -1, -1, 1],
      [1, 1, -1, 1],
    ]);
    // A half-black, half-white image averages to exactly 0, which counts as light.
    expect(Array.from(convert(grayImage([[0, 255]]), 1, 1, true).data)).toEqual([1]);
    expect(Array.from(convert(grayImage([[0, 255]]), 1, 1, false).data)).toEqual([0]);
  });

  it('counts fully transparent pixels as white, whatever their colour bytes', () => {
    const image = rgbaImage([
      [
        [0, 0, 0, 0],
        [255, 0, 0, 0],
      ],
      [
        [0, 0, 255, 0],
        [255, 255, 255, 0],
      ],
    ]);
    expect(Array.from(convert(image, 2, 2).data)).toEqual([1, 1, 1, 1]);
  });

  it('composites partly transparent pixels over white', () => {
    // Black at alpha 51 (20 %) over white: gray 0.2 * 0 + 0.8 * 255 = 204.
    expectAllClose(convert(rgbaImage([[[0, 0, 0, 51]]]), 1, 1), [[valueOf(204)]]);
  });

  it('takes the gray level with Rec. 709 luma weights', () => {
    const image = rgbaImage([
      [
        [255, 0, 0, 255],
        [0, 255, 0, 255],
        [0, 0, 255, 255],
      ],
    ]);
    expectAllClose(convert(image, 1, 3), [
      [valueOf(0.2126 * 255), valueOf(0.7152 * 255), valueOf(0.0722 * 255)],
    ]);
  });

  it('accepts a plain Uint8Array and leaves the buffer untouched', () => {
    const rgba = new Uint8Array([0, 0, 0, 255, 255, 255, 255, 255]);
    const copy = rgba.slice();
    expect(Array.from(imageToInput(rgba, 2, 1, 1, 2).data)).toEqual([-1, 1]);
    expect(rgba).toEqual(copy);
  });

  it('throws a RangeError for a size that is not a positive integer', () => {
    const rgba = new Uint8ClampedArray(2 * 2 * 4);
    for (const bad of [0, -1, 1.5, Number.NaN, Infinity]) {
      expect(() => imageToInput(rgba, bad, 2, 2, 2), `srcWidth ${bad}`).toThrow(RangeError);
      expect(() => imageToInput(rgba, 2, bad, 2, 2), `srcHeight ${bad}`).toThrow(RangeError);
      expect(() => imageToInput(rgba, 2, 2, bad, 2), `height ${bad}`).toThrow(RangeError);
      expect(() => imageToInput(rgba, 2, 2, 2, bad), `width ${bad}`).toThrow(RangeError);
    }
  });

  it('throws a RangeError when the buffer is not srcWidth * srcHeight * 4 bytes long', () => {
    expect(() => imageToInput(new Uint8ClampedArray(15), 2, 2, 1, 1)).toThrow(RangeError);
    expect(() => imageToInput(new Uint8ClampedArray(17), 2, 2, 1, 1)).toThrow(RangeError);
    expect(() => imageToInput(new Uint8ClampedArray(12), 2, 2, 1, 1)).toThrow(RangeError);
    expect(() => imageToInput(new Uint8ClampedArray(16), 2, 2, 1, 1)).not.toThrow();
  });
});
