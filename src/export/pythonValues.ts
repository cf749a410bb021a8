// Shared pieces of the Python exports (pythonNumpy.ts, pythonTorch.ts): Python literals for
// the app's numbers and matrices, and the comments that describe a configuration.
import { LEAKY_RELU_SLOPE, type ActivationKind, type Matrix, type PipelineConfig } from '../core';
import type { AppState } from '../state/appState';

/** What an export reads from the app's state (a colour picture's channels and slices too). */
export type ExportState = Pick<AppState, 'input' | 'kernels' | 'config'> &
  Partial<Pick<AppState, 'color'>>;

export interface ExportOptions {
  /**
   * Also print, as the program's last line, every map at full precision as JSON:
   * `{"feature": [...], "pooled": [...], "activated": [...]}`, one entry per kernel, null for
   * a stage without a map. Default false.
   */
  readonly printJson?: boolean;
}

/**
 * A number as a Python float or int literal that reads back as exactly the same double.
 * JavaScript's String(v) is the shortest string that round-trips, and its forms ("0.1",
 * "-3", "1e-7", "1.5e+300") are all valid Python; only -0 needs spelling out (String gives
 * "0"), and non-finite values, which the app never holds, become float("inf") and the like.
 */
export function pyNumber(v: number): string {
  if (Number.isNaN(v)) return 'float("nan")';
  if (v === Infinity) return 'float("inf")';
  if (v === -Infinity) return '-float("inf")';
  if (Object.is(v, -0)) return '-0.0';
  return String(v);
}

/** A Python bool literal. */
export function pyBool(b: boolean): string {
  return b ? 'True' : 'False';
}

/**
 * A matrix as a Python list of rows, one row a line, columns right-aligned:
 *
 *     [
 *         [-1,  1, -1],
 *         [ 1, -1,  1],
 *     ]
 *
 * `indent` prefixes every line after the first (the rows get four more spaces).
 */
export function pyRows(m: Matrix, indent = ''): string {
  const cells = Array.from(m.data, pyNumber);
  const width = cells.reduce((w, s) => Math.max(w, s.length), 0);
  const rows: string[] = [];
  for (let r = 0; r < m.height; r++) {
    const row = cells.slice(r * m.width, (r + 1) * m.width).map((s) => s.padStart(width));
    rows.push(`${indent}    [${row.join(', ')}],`);
  }
  return ['[', ...rows, `${indent}]`].join('\n');
}

/** A section heading in the seed's style: `# --------------- Title ---------------`. */
export function section(title: string): string {
  return `# --------------- ${title} ---------------`;
}

/**
 * `text` as comment lines of at most `width` characters (longer words stay whole): the
 * first line starts with `first`, the others with `rest`.
 */
export function comment(text: string, first = '# ', rest = first, width = 96): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    const fresh = line === first || line === rest;
    if (!fresh && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else line += fresh ? word : ' ' + word;
  }
  lines.push(line);
  return lines;
}

/**
 * Sections one after another, a blank line apart, or two before a section that starts with a
 * function definition (PEP 8's blank lines around top-level functions).
 */
export function joinSections(sections: readonly (readonly string[])[]): string[] {
  return sections.flatMap((lines, i) => {
    if (i === 0) return [...lines];
    const def = /^\s*def /.test(lines[1] ?? '');
    return [...(def ? ['', ''] : ['']), ...lines];
  });
}

/** Prefixes every non-empty line with `prefix`. */
export function indent(lines: readonly string[], prefix = '    '): string[] {
  return lines.map((line) => (line === '' ? line : prefix + line));
}

const ACTIVATION_NAMES: Record<ActivationKind, string> = {
  relu: 'ReLU',
  leakyRelu: `leaky ReLU (slope ${pyNumber(LEAKY_RELU_SLOPE)} for negative values)`,
  sigmoid: 'sigmoid',
  tanh: 'tanh',
};

/** The Python name of an activation's function, and of its map (`relu` -> `relu_map`). */
export const ACTIVATION_PY: Record<ActivationKind, string> = {
  relu: 'relu',
  leakyRelu: 'leaky_relu',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
};

/** Comment lines (without the leading "# ") summing up a configuration. */
export function describeConfig({ conv, pool, activation, order }: PipelineConfig): string[] {
  const division = conv.normalize
    ? `each sum divided by the kernel's cell count (the seed's "/ 9")`
    : 'sums not divided';
  const edge = {
    pad: 'edge "pad": zero rows and columns are added at the bottom and right until the windows cover the whole map (the seed\'s way)',
    drop: 'edge "drop": windows that do not fit are dropped (PyTorch\'s default, floor mode)',
    ceil: 'edge "ceil": windows may run past the bottom and right edges and cover only the cells that exist (PyTorch\'s ceil_mode=True)',
  }[pool.edge];
  const orderText =
    order === 'branch'
      ? 'order "branch": pooling and activation both take the feature map (the seed\'s order)'
      : 'order "chain": conv -> activation -> pooling of the activated map (the usual CNN layer)';
  return [
    `convolution: stride ${conv.stride}, padding ${conv.padding}, dilation ${conv.dilation}, bias ${pyNumber(conv.bias)}; ${division}`,
    `pooling: ${pool.size}x${pool.size} ${pool.kind}, stride ${pool.stride}; ${edge}`,
    `activation: ${ACTIVATION_NAMES[activation]}`,
    orderText,
  ];
}
