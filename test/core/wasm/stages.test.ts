import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatrix, fromRows, type Matrix } from '../../../src/core';
import { correlateInto } from '../../../src/core/conv2d';
import { fullWindows, poolInto } from '../../../src/core/pool2d';
import { activateInto } from '../../../src/core/activation';
import { STAGES_WASM_BASE64 } from '../../../src/core/wasmBytes';

// The module's two functions called directly on matrices the tests lay out in its memory,
// against the JavaScript loops they stand in for. Signed zeros and ties are common here, so
// the order of every comparison is checked, not just the values.

interface Stages {
  memory: WebAssembly.Memory;
  conv3x3(...args: number[]): void;
  pool2x2(...args: number[]): void;
}

const module = new WebAssembly.Module(Buffer.from(STAGES_WASM_BASE64, 'base64'));
const stages = new WebAssembly.Instance(module).exports as unknown as Stages;

const cell = fc.oneof(
  fc.constantFrom(-1, -0, 0, 1, 0.5),
  fc.double({ min: -4, max: 4, noNaN: true }),
);
const matrixArb = (minSize: number) =>
  fc
    .record({
      h: fc.integer({ min: minSize, max: 12 }),
      w: fc.integer({ min: minSize, max: 12 }),
    })
    .chain(({ h, w }) =>
      fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: h, maxLength: h }),
    )
    .map(fromRows);

/** Copies matrices into the module's memory back to back; returns their byte offsets. */
function load(...matrices: Matrix[]): number[] {
  const heap = new Float64Array(stages.memory.buffer);
  let at = 0;
  return matrices.map((m) => {
    heap.set(m.data, at);
    const offset = at * 8;
    at += m.data.length + (m.data.length % 2);
    return offset;
  });
}

function read(offset: number, height: number, width: number): Matrix {
  const data = new Float64Array(stages.memory.buffer, offset, height * width).slice();
  return { height, width, data };
}

function expectIdentical(actual: Matrix, expected: Matrix): void {
  const differs = expected.data.findIndex((v, i) => !Object.is(actual.data[i], v));
  expect(differs, `first differing cell of ${Array.from(actual.data).join(',')}`).toBe(-1);
}

describe('stages.wat', () => {
  it('conv3x3 computes the feature map and ReLU of correlateInto and activateInto, bit for bit', () => {
    const caseArb = fc.record({
      input: matrixArb(5),
      kernel: fc
        .array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 })
        .map(fromRows),
      dilation: fc.integer({ min: 1, max: 2 }),
      divisor: fc.constantFrom(1, 9, 3),
      bias: fc.constantFrom(0, -0, 0.25),
    });
    fc.assert(
      fc.property(caseArb, ({ input, kernel, dilation, divisor, bias }) => {
        const span = 2 * dilation + 1;
        const h = input.height - span + 1;
        const w = input.width - span + 1;
        if (h < 1 || w < 2) return;
        const expected = createMatrix(h, w);
        correlateInto(input, kernel, 1, dilation, bias, divisor, expected);
        const expectedRelu = createMatrix(h, w);
        activateInto(expected, 'relu', expectedRelu);
        const [x = 0, k = 0, feature = 0] = load(input, kernel, expected);
        const relu = feature + expected.data.length * 8 + 16;
        stages.conv3x3(x, input.width, dilation, k, h, w, divisor, bias, feature, 1, relu);
        expectIdentical(read(feature, h, w), expected);
        expectIdentical(read(relu, h, w), expectedRelu);
      }),
      { numRuns: 300 },
    );
  });

  it('pool2x2 computes the full 2x2 windows of poolInto (max and average), bit for bit', () => {
    fc.assert(
      fc.property(matrixArb(2), fc.boolean(), (input, isMax) => {
        const outH = Math.floor(input.height / 2);
        const outW = Math.floor(input.width / 2);
        const cols = fullWindows(input.width, 2, 2, outW);
        if (cols < 2) return;
        const expected = createMatrix(outH, outW);
        poolInto(input, isMax, 2, 2, false, expected);
        const [x = 0, out = 0] = load(input, expected);
        stages.pool2x2(x, input.width, outH, cols, out, outW, isMax ? 1 : 0);
        expectIdentical(read(out, outH, outW), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('pool2x2 breaks a tie between 0 and -0 as "a > b ? a : b" does: the later cell wins', () => {
    const input = fromRows([
      [0, -0, -0, 0],
      [-1, -1, -1, -1],
    ]);
    const [x = 0, out = 0] = load(input, createMatrix(1, 2));
    stages.pool2x2(x, 4, 1, 2, out, 2, 1);
    const pooled = read(out, 1, 2);
    expect(Object.is(pooled.data[0], -0)).toBe(true);
    expect(Object.is(pooled.data[1], 0)).toBe(true);
  });
});
