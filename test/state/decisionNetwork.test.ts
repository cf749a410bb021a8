import { describe, expect, it } from 'vitest';
import {
  classify,
  forward,
  fromRows,
  runPipeline,
  SEED_CONFIG,
  SEED_KERNELS,
  SEED_NETWORK,
  SEED_O,
  SEED_X,
  tensorFromMatrix,
  type Matrix,
} from '../../src/core';
import { seedState, type AppState } from '../../src/state/appState';
import { decisionNetwork } from '../../src/state/decisionNetwork';

function decide(state: AppState) {
  const result = decisionNetwork(state);
  if (!('network' in result)) throw new Error(`no network: ${JSON.stringify(result.problem)}`);
  return result;
}

describe('decisionNetwork', () => {
  it("on the seed's settings is the seed network with its learned votes", () => {
    const { network, votes } = decide(seedState());
    expect(votes).toBe('learned');
    const x = tensorFromMatrix(SEED_X);
    expect(Array.from(classify(network, x).probabilities)).toEqual(
      Array.from(classify(SEED_NETWORK, x).probabilities),
    );
  });

  it("reads the seed's pooled maps after ReLU: for max pooling the same numbers as the page's branches", () => {
    const state = seedState();
    const { network } = decide(state);
    const pooled = forward(network, tensorFromMatrix(state.input))[3]!;
    runPipeline(state.input, state.kernels, state.config).forEach((result, k) => {
      const map = result.pooled.map as Matrix;
      map.data.forEach((v, i) => expect(pooled.data[k * 16 + i]).toBe(Math.max(0, v)));
    });
  });

  it('sets prototype votes when the final maps change shape, and still tells the seed X from the O', () => {
    const state: AppState = { ...seedState(), kernels: [...SEED_KERNELS, SEED_KERNELS[0]!] };
    const { network, votes } = decide(state);
    expect(votes).toBe('prototype');
    const x = classify(network, tensorFromMatrix(SEED_X)).probabilities;
    const o = classify(network, tensorFromMatrix(SEED_O)).probabilities;
    expect(x[0]).toBeGreaterThan(x[1]!);
    expect(o[1]).toBeGreaterThan(o[0]!);
  });

  it('has no votes to learn from on pictures smaller than 7x7: all votes 0, 50 / 50', () => {
    const small = fromRows([
      [1, -1, 1, -1, 1],
      [-1, 1, -1, 1, -1],
      [1, -1, 1, -1, 1],
      [-1, 1, -1, 1, -1],
      [1, -1, 1, -1, 1],
    ]);
    const { network, votes } = decide({ ...seedState(), input: small });
    expect(votes).toBe('none');
    expect(Array.from(classify(network, tensorFromMatrix(small)).probabilities)).toEqual([
      0.5, 0.5,
    ]);
  });

  it('says why when the settings make no network', () => {
    const mixed: AppState = { ...seedState(), kernels: [SEED_KERNELS[0]!, fromRows([[1]])] };
    expect(decisionNetwork(mixed)).toEqual({ problem: { kind: 'kernelSizes', block: 0 } });
    const ceilTanh: AppState = {
      ...seedState(),
      config: { ...SEED_CONFIG, activation: 'tanh', pool: { ...SEED_CONFIG.pool, edge: 'ceil' } },
    };
    expect(decisionNetwork(ceilTanh)).toEqual({ problem: { kind: 'ceilEdge', block: 0 } });
    const tooBig: AppState = {
      ...seedState(),
      config: { ...SEED_CONFIG, pool: { ...SEED_CONFIG.pool, size: 3, stride: 3, edge: 'drop' } },
      input: fromRows([
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ]),
    };
    expect(decisionNetwork(tooBig)).toEqual({
      problem: {
        kind: 'core',
        message: 'parseNetwork: layers[2].size a 3x3 window is larger than its 1x1 input (got 3)',
      },
    });
  });

  it('ceil-mode max pooling after ReLU equals a zero edge', () => {
    const state: AppState = {
      ...seedState(),
      config: { ...SEED_CONFIG, pool: { ...SEED_CONFIG.pool, edge: 'ceil' } },
    };
    const { network } = decide(state);
    const pooled = forward(network, tensorFromMatrix(state.input))[3]!;
    const chain = runPipeline(state.input, state.kernels, { ...state.config, order: 'chain' });
    chain.forEach((result, k) => {
      (result.pooled.map as Matrix).data.forEach((v, i) => expect(pooled.data[k * 16 + i]).toBe(v));
    });
  });
});
