// The configurations the Python export tests run, and how they run and read the programs.
import { execFileSync } from 'node:child_process';
import {
  fromRows,
  SEED_KERNELS,
  SEED_O,
  SEED_X,
  type KernelResult,
  type Matrix,
} from '../../src/core';
import { type ExportState } from '../../src/export/pythonValues';
import { seedState } from '../../src/state/appState';
import { reducer } from '../../src/state/reducer';
import { withConfig } from '../helpers/withConfig';

// The exported programs are run with Debian's Python (numpy and torch from apt), not with
// whatever python3 comes first on the PATH.
export const PYTHON = '/usr/bin/python3';
export const INSTALL_HINT =
  'run `apt-get install python3-numpy python3-torch` (.ci/run installs them) to test the ' +
  'Python exports';
// Importing torch takes seconds, more on a busy machine.
export const TIMEOUT = 120_000;
// Python and JavaScript sum products in different orders; nothing else may differ.
export const TOLERANCE = 1e-12;

/** A height x width matrix whose cells are f(row, column). */
export function matrixOf(
  height: number,
  width: number,
  f: (r: number, c: number) => number,
): Matrix {
  return fromRows(
    Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => f(r, c))),
  );
}

// A 12x10 picture of values strictly between -1 and +1 with full-precision doubles, and a few
// literals that test the round trip: 0.1 + 0.2, 1e-7 (exponent form) and -0.
export const GRAY = matrixOf(12, 10, (r, c) => {
  if (r === 0 && c === 0) return 0.1 + 0.2;
  if (r === 0 && c === 1) return 1e-7;
  if (r === 0 && c === 2) return -0;
  return Math.sin(r * 10 + c + 1) * 0.97;
});

// An 8x8 picture: a plus sign.
export const PLUS = matrixOf(8, 8, (r, c) => (r === 3 || r === 4 || c === 3 || c === 4 ? 1 : -1));

export interface Case {
  /** Completes "... computes the app's maps ". */
  readonly name: string;
  readonly state: ExportState;
}

/** A colour 12x10 picture (red GRAY, green its negative, blue a ramp), slices edited, padded. */
function colorCase(): ExportState {
  const green = { ...GRAY, data: GRAY.data.map((v) => -v) };
  const blue = matrixOf(12, 10, (r, c) => (r * 10 + c) / 60 - 1);
  const base = { ...seedState(), config: withConfig({ conv: { padding: 1, bias: 0.25 } }) };
  const s = reducer(base, { type: 'setColorInput', channels: [GRAY, green, blue] });
  return reducer(s, { type: 'setWeight', k: 0, index: 2, value: 0.5, channel: 1 });
}

export const CASES: readonly Case[] = [
  { name: "for the seed's X, kernels and settings", state: seedState() },
  { name: 'for a colour picture: three channels, kernels of three slices', state: colorCase() },
  {
    name: 'with convolution stride 2 and padding 1',
    state: { ...seedState(), config: withConfig({ conv: { stride: 2, padding: 1 } }) },
  },
  {
    name: 'with dilation 2, bias 0.5 and no division by the cell count',
    state: {
      ...seedState(),
      config: withConfig({ conv: { dilation: 2, bias: 0.5, normalize: false } }),
    },
  },
  {
    name: 'with average pooling, edge "ceil", tanh and the chain order',
    state: {
      ...seedState(),
      config: withConfig({
        pool: { kind: 'avg', edge: 'ceil' },
        activation: 'tanh',
        order: 'chain',
      }),
    },
  },
  {
    name: 'with leaky ReLU and edge "drop" for 3x3 pooling windows at stride 1',
    state: {
      ...seedState(),
      config: withConfig({
        pool: { edge: 'drop', size: 3, stride: 1 },
        activation: 'leakyRelu',
      }),
    },
  },
  {
    name: 'for a 5x5, a 1x1 and a 2x3 kernel on a 12x10 gray picture with sigmoid',
    state: {
      input: GRAY,
      kernels: [
        matrixOf(5, 5, (r, c) => Math.cos(r * 5 + c) / 2),
        fromRows([[-0.75]]),
        fromRows([
          [0.25, -1 / 3, 0.125],
          [1, 0, -2],
        ]),
      ],
      config: withConfig({
        conv: { padding: 2, bias: -0.125 },
        pool: { size: 3, stride: 2 },
        activation: 'sigmoid',
      }),
    },
  },
  {
    name: 'when a kernel or a pooling window does not fit (edge "drop")',
    state: {
      input: PLUS,
      // With dilation 2 these span 5, 7 and 9 cells of the 8x8 picture: a 4x4 feature map,
      // a 2x2 one (too small for 3x3 pooling windows) and none.
      kernels: [
        SEED_KERNELS[1]!,
        matrixOf(4, 4, (r, c) => (r === c ? 1 : -1)),
        matrixOf(5, 5, () => 1),
      ],
      config: withConfig({ conv: { dilation: 2 }, pool: { edge: 'drop', size: 3, stride: 2 } }),
    },
  },
  {
    name: 'when a pooling window is larger than the map with edge "ceil"',
    state: {
      input: SEED_X,
      // At stride 3: a 3x3 and a 2x2 feature map; ceil_mode alone would pool the 2x2 one.
      kernels: [SEED_KERNELS[0]!, matrixOf(5, 5, (r, c) => ((r + c) % 2 === 0 ? 1 : -1))],
      config: withConfig({
        conv: { stride: 3 },
        pool: { kind: 'avg', edge: 'ceil', size: 3, stride: 1 },
        activation: 'sigmoid',
        order: 'chain',
      }),
    },
  },
  {
    name: 'when edge "pad" grows a map smaller than the pooling window',
    state: {
      input: SEED_O,
      // At stride 3: 3x3, 2x2 and 3x3 feature maps; the 2x2 one is padded to 3x3.
      kernels: [
        SEED_KERNELS[2]!,
        matrixOf(5, 5, (r, c) => (r === 2 || c === 2 ? 1 : -0.5)),
        fromRows([[2]]),
      ],
      config: withConfig({
        conv: { stride: 3, bias: -0.25 },
        pool: { kind: 'avg', size: 3, stride: 3 },
        activation: 'leakyRelu',
        order: 'chain',
      }),
    },
  },
];

export interface TorchRun {
  readonly stdout: string;
  readonly error?: string;
}

export type MapList = (number[][] | null)[];
export interface PrintedMaps {
  readonly feature: MapList;
  readonly pooled: MapList;
  readonly activated: MapList;
}

/** Every difference between the maps a program printed and the app's pipeline. */
export function differences(printed: PrintedMaps, expected: readonly KernelResult[]): string[] {
  const found: string[] = [];
  for (const stage of ['feature', 'pooled', 'activated'] as const) {
    const maps = printed[stage];
    if (maps.length !== expected.length) {
      found.push(`${stage}: ${maps.length} maps, expected ${expected.length}`);
      continue;
    }
    expected.forEach((result, k) => {
      const want = result[stage].map;
      const got = maps[k] ?? null;
      if (want === null || got === null) {
        if (want !== got)
          found.push(`${stage} ${k}: ${got ? 'a map' : 'null'}, expected the other`);
        return;
      }
      if (got.length !== want.height || got.some((row) => row.length !== want.width)) {
        found.push(`${stage} ${k}: not ${want.height}x${want.width}`);
        return;
      }
      got.forEach((row, r) =>
        row.forEach((v, c) => {
          const w = want.data[r * want.width + c]!;
          if (!(Math.abs(v - w) <= TOLERANCE))
            found.push(`${stage} ${k} [${r}][${c}]: ${v} != ${w}`);
        }),
      );
    });
  }
  return found;
}

export function lastLine(stdout: string): string {
  return stdout.trimEnd().split('\n').at(-1) ?? '';
}

/** The numbers of the first printed row after the line `label`. */
export function firstRowAfter(stdout: string, label: string): number[] {
  const lines = stdout.split('\n');
  const row = lines[lines.indexOf(label) + 1] ?? '';
  return (row.match(/-?\d+(\.\d*)?/g) ?? []).map(Number);
}

/** Fails, with the command that fixes it, when Debian's Python lacks numpy or torch. */
export function requireNumpyAndTorch(): void {
  try {
    execFileSync(PYTHON, ['-c', 'import numpy, torch'], { stdio: 'pipe', timeout: TIMEOUT });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`${PYTHON} cannot import numpy and torch: ${INSTALL_HINT}.\n${detail}`, {
      cause: error,
    });
  }
}

// Runs several programs in one Python process, so torch is imported once rather than once a
// program: each runs as __main__ with its own globals, its stdout captured.
export const RUN_ALL = `
import contextlib, io, json, runpy, sys, traceback

results = {}
for path in sys.argv[1:]:
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            runpy.run_path(path, run_name="__main__")
        results[path] = {"stdout": out.getvalue()}
    except BaseException:
        results[path] = {"stdout": out.getvalue(), "error": traceback.format_exc()}
print(json.dumps(results))
`;
