// Shared pieces of the whole-network Python exports (pythonNetworkNumpy.ts,
// pythonNetworkTorch.ts): nested Python lists of a layer's weights, the input and the class
// names, and the one-line description of each layer.
import type { Layer, Matrix, Network } from '../core';
import { pyNumber, pyRows } from './pythonValues';

/** What the whole-network exports read: the page's network and its picture. */
export interface NetworkExport {
  readonly network: Network;
  /** The picture: gray (one matrix), or a colour picture's channels, red, green, blue. */
  readonly input: Matrix | readonly Matrix[];
}

export interface NetworkExportOptions {
  /**
   * Also print, as the program's last line, `{"probabilities": [...]}` at full precision as
   * JSON, in the network's class order. Default false.
   */
  readonly printJson?: boolean;
}

/**
 * `flat` (row-major over `dims`) as nested Python lists, the innermost lists one a line,
 * every line after the first prefixed with `indent`.
 */
export function pyNested(flat: ArrayLike<number>, dims: readonly number[], indent = ''): string {
  const [first, ...rest] = dims;
  if (first === undefined) return pyNumber(flat[0]!);
  if (rest.length === 0) return `[${Array.from(flat, pyNumber).join(', ')}]`;
  const size = rest.reduce((a, b) => a * b, 1);
  const inner = `${indent}    `;
  const items = Array.from({ length: first }, (_, i) => {
    const part = Array.prototype.slice.call(flat, i * size, (i + 1) * size) as number[];
    return `${inner}${pyNested(part, rest, inner)},`;
  });
  return ['[', ...items, `${indent}]`].join('\n');
}

/** The picture's channels as Python lists, `[rows], [rows], ...` (one for a gray picture). */
export function pyInput(input: Matrix | readonly Matrix[]): string {
  return channelsOf(input)
    .map((m) => pyRows(m))
    .join(', ');
}

/** The picture's channels: one for a gray picture. */
export function channelsOf(input: Matrix | readonly Matrix[]): readonly Matrix[] {
  return 'data' in input ? [input] : input;
}

/** "one channel of 9x9" / "three channels (red, green, blue) of 9x9". */
export function pictureWords(input: Matrix | readonly Matrix[]): string {
  const [first] = channelsOf(input);
  const size = `${first!.height}x${first!.width}`;
  return channelsOf(input).length === 1
    ? `one channel of ${size}`
    : `three channels (red, green, blue) of ${size}`;
}

/** A Python string literal (JSON's escapes are valid Python). */
export function pyString(s: string): string {
  return JSON.stringify(s);
}

/** The class names of the network (as the page names them), a Python list of strings. */
export function pyClasses(net: Network): string {
  const n = net.shapes.at(-1)![0];
  const names = net.classes ?? Array.from({ length: n }, (_, c) => `class ${c + 1}`);
  return `[${names.map(pyString).join(', ')}]`;
}

/** One line saying what a layer does and its output shape, for a comment. */
export function describeLayer(layer: Layer, shape: readonly number[]): string {
  const out = shape.join('x');
  switch (layer.type) {
    case 'conv2d': {
      const { outChannels, inChannels, kernelHeight, kernelWidth } = layer;
      const { stride, padding, dilation, divisor } = layer;
      return `conv2d: ${outChannels} kernels of ${inChannels}x${kernelHeight}x${kernelWidth}, stride ${stride}, padding ${padding}, dilation ${dilation}, divided by ${divisor}, plus the bias -> ${out}`;
    }
    case 'pad':
      return `pad: ${layer.top} rows at the top, ${layer.bottom} at the bottom, ${layer.left} columns at the left, ${layer.right} at the right, of ${pyNumber(layer.value)} -> ${out}`;
    case 'maxPool2d':
    case 'avgPool2d':
      return `${layer.type}: ${layer.size}x${layer.size} windows, stride ${layer.stride} -> ${out}`;
    case 'leakyRelu':
      return `leakyRelu: slope ${pyNumber(layer.slope)} -> ${out}`;
    case 'flatten':
      return `flatten: channel, then row, then column -> ${shape[0]}`;
    case 'linear':
      return `linear: ${layer.outFeatures} classes' votes over ${layer.inFeatures} features -> ${layer.outFeatures}`;
    default:
      return `${layer.type} -> ${out}`;
  }
}

/** The program's last lines: each class's probability, and the JSON line when asked. */
export function printProbabilities(variable: string, options: NetworkExportOptions): string {
  const lines = [
    'print("probabilities:")',
    `for name, p in zip(classes, ${variable}):`,
    '    print(f"  {name}: {p:.6f}")',
  ];
  if (options.printJson) {
    lines.push(`print(json.dumps({"probabilities": [float(p) for p in ${variable}]}))`);
  }
  return lines.join('\n');
}
