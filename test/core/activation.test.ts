import { describe, expect, it } from 'vitest';
import {
  activate,
  activationOf,
  fromRows,
  LEAKY_RELU_SLOPE,
  leakyRelu,
  relu,
  sigmoid,
  tanh,
  toRows,
} from '../../src/core';

const x = fromRows([[-2, -0.5, 0, 0.5, 3]]);

describe('relu', () => {
  it('relu replaces negative values by 0 and keeps the others', () => {
    expect(toRows(relu(x))).toEqual([[0, 0, 0, 0.5, 3]]);
  });

  it('relu never yields -0', () => {
    const out = relu(fromRows([[-0, -1]]));
    expect(Object.is(out.data[0], 0)).toBe(true);
    expect(Object.is(out.data[1], 0)).toBe(true);
  });

  it('relu keeps the shape and does not modify its input', () => {
    const input = fromRows([
      [-1, 2],
      [3, -4],
      [5, -6],
    ]);
    const out = relu(input);
    expect(out.height).toBe(3);
    expect(out.width).toBe(2);
    expect(toRows(out)).toEqual([
      [0, 2],
      [3, 0],
      [5, 0],
    ]);
    expect(toRows(input)).toEqual([
      [-1, 2],
      [3, -4],
      [5, -6],
    ]);
  });
});

describe('leakyRelu', () => {
  it('the default slope is 0.01, as in PyTorch', () => {
    expect(LEAKY_RELU_SLOPE).toBe(0.01);
  });

  it('leakyRelu multiplies negative values by 0.01 and keeps the others', () => {
    // -2 * 0.01 = -0.02, -0.5 * 0.01 = -0.005
    expect(toRows(leakyRelu(x))).toEqual([[-0.02, -0.005, 0, 0.5, 3]]);
  });

  it('leakyRelu uses a given slope', () => {
    // -2 * 0.2 = -0.4, -0.5 * 0.2 = -0.1
    expect(toRows(leakyRelu(x, 0.2))).toEqual([[-0.4, -0.1, 0, 0.5, 3]]);
  });
});

describe('sigmoid', () => {
  it('sigmoid(0) is exactly 0.5', () => {
    expect(toRows(sigmoid(fromRows([[0]])))).toEqual([[0.5]]);
  });

  it('sigmoid(ln 3) is 3/4 and sigmoid(-ln 3) is 1/4', () => {
    // 1 / (1 + e^-ln3) = 1 / (1 + 1/3) = 3/4; 1 / (1 + 3) = 1/4
    const out = sigmoid(fromRows([[Math.log(3), -Math.log(3)]]));
    expect(out.data[0]).toBeCloseTo(0.75, 15);
    expect(out.data[1]).toBeCloseTo(0.25, 15);
  });

  it('sigmoid(2) is 0.8807970779778823', () => {
    expect(sigmoid(fromRows([[2]])).data[0]).toBeCloseTo(0.8807970779778823, 15);
  });

  it('sigmoid saturates to exactly 1 and 0 for large inputs', () => {
    expect(toRows(sigmoid(fromRows([[40, -800]])))).toEqual([[1, 0]]);
  });
});

describe('tanh', () => {
  it('tanh(0) is 0 and tanh(1) is 0.7615941559557649', () => {
    const out = tanh(fromRows([[0, 1, -1]]));
    expect(out.data[0]).toBe(0);
    expect(out.data[1]).toBeCloseTo(0.7615941559557649, 15);
    expect(out.data[2]).toBeCloseTo(-0.7615941559557649, 15);
  });

  it('tanh saturates to exactly 1 and -1 for large inputs', () => {
    expect(toRows(tanh(fromRows([[20, -20]])))).toEqual([[1, -1]]);
  });
});

describe('activate', () => {
  it('activate applies the activation named by its kind', () => {
    expect(toRows(activate(x, 'relu'))).toEqual([[0, 0, 0, 0.5, 3]]);
    expect(toRows(activate(x, 'leakyRelu'))).toEqual([[-0.02, -0.005, 0, 0.5, 3]]);
    expect(toRows(activate(fromRows([[0]]), 'sigmoid'))).toEqual([[0.5]]);
    expect(toRows(activate(fromRows([[0, 20]]), 'tanh'))).toEqual([[0, 1]]);
  });
});

describe('activationOf', () => {
  it('activationOf gives the scalar function of each activation', () => {
    expect([-2, 0, 3].map(activationOf('relu'))).toEqual([0, 0, 3]);
    expect([-2, 0, 3].map(activationOf('leakyRelu'))).toEqual([-0.02, 0, 3]);
    expect([0, -800].map(activationOf('sigmoid'))).toEqual([0.5, 0]);
    expect([0, 20, -20].map(activationOf('tanh'))).toEqual([0, 1, -1]);
  });

  it('activationOf applied to every cell gives the same numbers as activate', () => {
    const kinds = ['relu', 'leakyRelu', 'sigmoid', 'tanh'] as const;
    for (const kind of kinds) {
      expect(Array.from(x.data, activationOf(kind)), kind).toEqual(
        Array.from(activate(x, kind).data),
      );
    }
  });
});
