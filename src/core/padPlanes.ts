// Copies between a CHW buffer and its zero-padded copy (p cells on all four sides), for the
// convolution ops: the input in, the padded input's gradient back out.

/** Copies x (channels x h x w) into the interior of `padded`; the border stays as it is. */
export function padPlanesInto(
  x: Float64Array,
  padded: Float64Array,
  channels: number,
  h: number,
  w: number,
  p: number,
): void {
  const pw = w + 2 * p;
  const plane = (h + 2 * p) * pw;
  for (let k = 0; k < channels; k++) {
    for (let r = 0; r < h; r++) {
      const from = (k * h + r) * w;
      padded.set(x.subarray(from, from + w), k * plane + (r + p) * pw + p);
    }
  }
}

/** Copies the interior of `padded` into x (channels x h x w), dropping the border. */
export function cropPlanesInto(
  padded: Float64Array,
  x: Float64Array,
  channels: number,
  h: number,
  w: number,
  p: number,
): void {
  const pw = w + 2 * p;
  const plane = (h + 2 * p) * pw;
  for (let k = 0; k < channels; k++) {
    for (let r = 0; r < h; r++) {
      const from = k * plane + (r + p) * pw + p;
      x.set(padded.subarray(from, from + w), (k * h + r) * w);
    }
  }
}
