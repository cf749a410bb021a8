import type { Matrix } from '../../core';
import { imageToChannels, imageToInput, type ImageToInputOptions } from '../../state/imageToInput';

/** MIME types to offer in a file picker (`accept`); what every current browser decodes. */
export const ACCEPTED_IMAGE_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'image/bmp',
] as const;

/** Files larger than this (50 MiB) are refused before decoding. */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

/**
 * How many decoded pixels per grid cell, along each axis: the browser's own (fast, native)
 * resampler shrinks the picture to this multiple of the grid while decoding, and
 * {@link imageToInput} area-averages the rest, so a 40-megapixel photo never sits in memory
 * or in a JavaScript loop at full size.
 */
const OVERSAMPLE = 4;

/** Why a file could not be read as a picture. */
export type ImageReadReason = 'notAnImage' | 'tooLarge' | 'empty';

/** Thrown by {@link readImageFile} when a file is empty, too large or not a decodable image. */
export class ImageReadError extends Error {
  override readonly name = 'ImageReadError';
  readonly reason: ImageReadReason;

  constructor(reason: ImageReadReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function context2d(width: number, height: number): Canvas2D | null {
  if (typeof OffscreenCanvas !== 'undefined') {
    return new OffscreenCanvas(width, height).getContext('2d');
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas.getContext('2d');
}

async function decode(file: Blob, resizeWidth: number, resizeHeight: number) {
  try {
    return await createImageBitmap(file, { resizeWidth, resizeHeight, resizeQuality: 'high' });
  } catch (error) {
    try {
      // A browser that rejects the resize options themselves still decodes plainly; the
      // drawImage below then does the shrinking. A broken file fails here again.
      return await createImageBitmap(file);
    } catch {
      throw new ImageReadError('notAnImage', 'The file could not be decoded as an image.', {
        cause: error,
      });
    }
  }
}

/**
 * Decodes an image file (PNG, JPEG, WebP, GIF's first frame, BMP, whatever the browser's
 * `createImageBitmap` takes) into an input grid of `height` x `width` cells in [-1, +1],
 * black -1, white +1, transparent as white; see {@link imageToInput} for the conversion.
 * The picture is stretched to the grid (aspect not kept).
 *
 * Browser only: needs `createImageBitmap` and `OffscreenCanvas` or `document`.
 *
 * @throws RangeError when `height` or `width` is not a positive integer (before reading).
 * @throws ImageReadError with reason `'empty'` for a zero-byte file, `'tooLarge'` for one over
 *   {@link MAX_IMAGE_BYTES} (both checked before decoding), `'notAnImage'` when the browser
 *   cannot decode it.
 * @throws Error when no 2-D canvas context can be had (not an ImageReadError: not the
 *   file's fault).
 */
export async function readImageFile(
  file: Blob,
  height: number,
  width: number,
  options?: ImageToInputOptions,
): Promise<Matrix> {
  const { data, decodedWidth, decodedHeight } = await readPixels(file, height, width);
  return imageToInput(data, decodedWidth, decodedHeight, height, width, options);
}

/**
 * {@link readImageFile} for a colour picture: its red, green and blue channels, each in
 * [-1, +1] (see imageToChannels). Throws as readImageFile.
 */
export async function readImageChannels(
  file: Blob,
  height: number,
  width: number,
  options?: ImageToInputOptions,
): Promise<[Matrix, Matrix, Matrix]> {
  const { data, decodedWidth, decodedHeight } = await readPixels(file, height, width);
  return imageToChannels(data, decodedWidth, decodedHeight, height, width, options);
}

/** The file's pixels, decoded and shrunk to OVERSAMPLE pixels a cell. */
async function readPixels(file: Blob, height: number, width: number) {
  for (const [name, value] of [
    ['height', height],
    ['width', width],
  ] as const) {
    if (!Number.isInteger(value) || value <= 0) {
      throw new RangeError(`readImageFile: ${name} must be a positive integer, got ${value}`);
    }
  }
  if (file.size === 0) throw new ImageReadError('empty', 'The file is empty.');
  if (file.size > MAX_IMAGE_BYTES) {
    throw new ImageReadError(
      'tooLarge',
      `The file is ${file.size} bytes, more than the ${MAX_IMAGE_BYTES} allowed.`,
    );
  }

  const decodedWidth = width * OVERSAMPLE;
  const decodedHeight = height * OVERSAMPLE;
  const bitmap = await decode(file, decodedWidth, decodedHeight);
  try {
    const ctx = context2d(decodedWidth, decodedHeight);
    if (!ctx) throw new Error('readImageFile: no 2-D canvas context available');
    // Drawn into the full canvas whatever size the bitmap came out, so a browser that
    // ignored the resize options still hands over decodedWidth x decodedHeight pixels.
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, decodedWidth, decodedHeight);
    const pixels = ctx.getImageData(0, 0, decodedWidth, decodedHeight);
    return { data: pixels.data, decodedWidth, decodedHeight };
  } finally {
    bitmap.close();
  }
}
