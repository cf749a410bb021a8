import type { Matrix } from './matrix';

/**
 * A dense 3-D tensor of float64 values, channel-major then row-major (CHW, as PyTorch
 * without the batch dimension): the value at channel `k`, row `r`, column `c` is
 * `data[(k * height + r) * width + c]`.
 *
 * Tensors are treated as immutable: the core's functions return new tensors and never
 * write into their arguments.
 */
export interface Tensor {
  readonly channels: number;
  readonly height: number;
  readonly width: number;
  readonly data: Float64Array;
}

/** A tensor of the given shape filled with zeros. */
export function createTensor(channels: number, height: number, width: number): Tensor {
  return { channels, height, width, data: new Float64Array(channels * height * width) };
}

/**
 * Copies nested arrays, indexed `[channel][row][col]`, into a Tensor.
 * @throws RangeError when there is no channel, row or column, when channels or rows differ
 *   in size (ragged), or when a value is not a finite number.
 */
export function tensorFromArrays(a: readonly (readonly (readonly number[])[])[]): Tensor {
  if (!Array.isArray(a) || a.length === 0) {
    throw new RangeError('tensorFromArrays: expected at least one channel');
  }
  const first = a[0];
  if (!Array.isArray(first) || first.length === 0) {
    throw new RangeError('tensorFromArrays: channel 0 has no rows');
  }
  const firstRow = first[0];
  if (!Array.isArray(firstRow) || firstRow.length === 0) {
    throw new RangeError('tensorFromArrays: channel 0, row 0 has no values');
  }
  const channels = a.length;
  const height = first.length;
  const width = firstRow.length;
  const data = new Float64Array(channels * height * width);
  for (let k = 0; k < channels; k++) {
    const channel = a[k];
    if (!Array.isArray(channel) || channel.length !== height) {
      throw new RangeError(
        `tensorFromArrays: ragged channels, channel 0 has ${height} rows but channel ${k} has ${
          Array.isArray(channel) ? channel.length : 'none'
        }`,
      );
    }
    for (let r = 0; r < height; r++) {
      const row = channel[r];
      if (!Array.isArray(row) || row.length !== width) {
        throw new RangeError(
          `tensorFromArrays: ragged rows, row 0 has ${width} values but channel ${k}, row ${r} has ${
            Array.isArray(row) ? row.length : 'none'
          }`,
        );
      }
      for (let c = 0; c < width; c++) {
        const v: unknown = row[c];
        if (typeof v !== 'number' || !Number.isFinite(v)) {
          throw new RangeError(
            `tensorFromArrays: value at channel ${k}, row ${r}, column ${c} is not finite: ${String(v)}`,
          );
        }
        data[(k * height + r) * width + c] = v;
      }
    }
  }
  return { channels, height, width, data };
}

/** Copies a Tensor into nested arrays indexed `[channel][row][col]`. */
export function tensorToArrays(t: Tensor): number[][][] {
  const out: number[][][] = [];
  for (let k = 0; k < t.channels; k++) {
    const channel: number[][] = [];
    for (let r = 0; r < t.height; r++) {
      const start = (k * t.height + r) * t.width;
      channel.push(Array.from(t.data.subarray(start, start + t.width)));
    }
    out.push(channel);
  }
  return out;
}

/** A one-channel tensor that shares the matrix's numbers (no copy). */
export function tensorFromMatrix(m: Matrix): Tensor {
  return { channels: 1, height: m.height, width: m.width, data: m.data };
}

/** A tensor as it is, or a matrix as a one-channel tensor (tensorFromMatrix): a picture either way. */
export function asTensor(picture: Matrix | Tensor): Tensor {
  return 'channels' in picture ? picture : tensorFromMatrix(picture);
}

/**
 * Channel `k` (default 0) of a tensor as a Matrix that shares the tensor's numbers (no copy:
 * a view into the tensor's buffer).
 * @throws RangeError for a channel index outside the tensor.
 */
export function matrixFromTensor(t: Tensor, k = 0): Matrix {
  if (!Number.isInteger(k) || k < 0 || k >= t.channels) {
    throw new RangeError(`matrixFromTensor: channel must be 0..${t.channels - 1}, got ${k}`);
  }
  const size = t.height * t.width;
  return { height: t.height, width: t.width, data: t.data.subarray(k * size, (k + 1) * size) };
}
