/**
 * Why the page cannot show a valid network (see stateFromNetwork). `layer` is the index in
 * the file's `layers` (-1: the file's input). The views translate these; `refusalText` is the
 * English sentence that stateFromNetwork returns as `problem`.
 */
export type NetworkRefusal =
  /** The page's picture is one channel (gray) or three (colour). */
  | { readonly kind: 'inputChannels'; readonly layer: -1; readonly channels: number }
  /** The page's picture is 3x3 to 64x64. */
  | {
      readonly kind: 'inputSize';
      readonly layer: -1;
      readonly height: number;
      readonly width: number;
    }
  /** A layer where no block has one: `found` is its type ('' past the end), `expected` what a block needs. */
  | {
      readonly kind: 'order';
      readonly layer: number;
      readonly found: string;
      readonly expected: 'conv2d' | 'activation' | 'pool' | 'flatten' | 'linear' | 'end';
    }
  /** More than three blocks. */
  | { readonly kind: 'blocks'; readonly layer: number; readonly max: number }
  /** More kernels than the page offers (or none). */
  | {
      readonly kind: 'kernels';
      readonly layer: number;
      readonly count: number;
      readonly max: number;
    }
  | {
      readonly kind: 'kernelSize';
      readonly layer: number;
      readonly height: number;
      readonly width: number;
      readonly max: number;
    }
  /** The page has one bias for all the kernels of a block. */
  | { readonly kind: 'biases'; readonly layer: number }
  /** The page divides by 1 or by the kernel's cell count. */
  | {
      readonly kind: 'divisor';
      readonly layer: number;
      readonly divisor: number;
      readonly cells: number;
    }
  /** A setting outside the page's range. */
  | {
      readonly kind: 'setting';
      readonly layer: number;
      readonly field: string;
      readonly value: number;
      readonly min: number;
      readonly max: number;
    }
  /** A pad layer that is not the zero row and column the pooling edge adds. */
  | { readonly kind: 'pad'; readonly layer: number }
  /** The page's leaky ReLU has PyTorch's slope. */
  | {
      readonly kind: 'slope';
      readonly layer: number;
      readonly slope: number;
      readonly expected: number;
    }
  /** The page decides between at least two classes. */
  | { readonly kind: 'classes'; readonly layer: number; readonly count: number }
  /** The page's network for what was read differs from the file (should not happen). */
  | { readonly kind: 'mismatch'; readonly layer: -1 };

const EXPECTED: Record<Extract<NetworkRefusal, { kind: 'order' }>['expected'], string> = {
  conv2d: 'a conv2d layer (each block starts with one)',
  activation: 'an activation (relu, leakyRelu, sigmoid or tanh) after the convolution',
  pool: 'maxPool2d or avgPool2d (a block ends with pooling)',
  flatten: 'flatten, or a conv2d starting another block',
  linear: 'linear (the votes) after flatten',
  end: 'nothing: the votes are the last layer',
};

/** The refusal as an English sentence naming the layer. */
export function refusalText(r: NetworkRefusal): string {
  const at = r.layer === -1 ? 'input' : `layers[${r.layer}]`;
  switch (r.kind) {
    case 'inputChannels':
      return `${at}: the page's picture has 1 channel (gray) or 3 (colour), the file's input has ${r.channels}.`;
    case 'inputSize':
      return `${at}: the page's picture is 3x3 to 64x64, the file's input is ${r.height}x${r.width}.`;
    case 'order':
      return `${at} is ${r.found ? `a ${r.found} layer` : 'the end of the file'}, where the page needs ${EXPECTED[r.expected]}.`;
    case 'blocks':
      return `${at}: the page shows at most ${r.max} blocks (conv, activation, pooling); this is block ${r.max + 1}.`;
    case 'kernels':
      return `${at}.weight: the page shows 1 to ${r.max} kernels a block, this layer has ${r.count}.`;
    case 'kernelSize':
      return `${at}.weight: the page's kernels are 1x1 to ${r.max}x${r.max}, these are ${r.height}x${r.width}.`;
    case 'biases':
      return `${at}.bias: the page has one bias for all kernels of a block, these differ.`;
    case 'divisor':
      return `${at}.divisor: the page divides by 1 or by the kernel's ${r.cells} cells, not by ${r.divisor}.`;
    case 'setting':
      return `${at}.${r.field}: the page offers ${r.min} to ${r.max}, the file has ${r.value}.`;
    case 'pad':
      return `${at}: the page pads only with the zero rows at the bottom and columns at the right that pooling's edge needs.`;
    case 'slope':
      return `${at}.slope: the page's leaky ReLU has slope ${r.expected}, the file's ${r.slope}.`;
    case 'classes':
      return `${at}.weight: the page decides between at least 2 classes, this layer has ${r.count}.`;
    case 'mismatch':
      return "The page's network for this file differs from the file.";
  }
}
