import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classify,
  forward,
  learnSeedVotes,
  networkToJson,
  SEED_NETWORK,
  SEED_O,
  SEED_VOTES,
  SEED_VOTES_RECIPE,
  SEED_X,
  tensorFromMatrix,
  tensorToArrays,
  xoExamples,
} from '../../src/core';

const golden = JSON.parse(
  readFileSync(new URL('../fixtures/golden.json', import.meta.url), 'utf8'),
) as { feature_maps: number[][][]; pooled: number[][][]; relu: number[][][] };

function expectClose(actual: number[][][], expected: number[][][]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((map, k) =>
    map.forEach((row, r) =>
      row.forEach((v, c) => expect(Math.abs(v - expected[k]![r]![c]!)).toBeLessThanOrEqual(1e-12)),
    ),
  );
}

describe('SEED_NETWORK', () => {
  const outputs = forward(SEED_NETWORK, tensorFromMatrix(SEED_X));

  it('has the seed pipeline and votes for X and O', () => {
    expect(SEED_NETWORK.input).toEqual([1, 9, 9]);
    expect(SEED_NETWORK.classes).toEqual(['X', 'O']);
    expect(SEED_NETWORK.layers.map((l) => l.type)).toEqual([
      'conv2d',
      'relu',
      'pad',
      'maxPool2d',
      'flatten',
      'linear',
    ]);
    expect(SEED_NETWORK.shapes).toEqual([
      [3, 7, 7],
      [3, 7, 7],
      [3, 8, 8],
      [3, 4, 4],
      [48, 1, 1],
      [2, 1, 1],
    ]);
  });

  it("reproduces the seed's feature and ReLU maps inside its layers", () => {
    expectClose(tensorToArrays(outputs[0]!), golden.feature_maps);
    expectClose(tensorToArrays(outputs[1]!), golden.relu);
  });

  it("its pooled maps after ReLU equal the seed's ReLU of its pooled maps", () => {
    const reluOfPooled = golden.pooled.map((m) => m.map((row) => row.map((v) => Math.max(0, v))));
    expectClose(tensorToArrays(outputs[3]!), reluOfPooled);
  });

  it("classifies the seed's X and O right with probability at least 0.9", () => {
    expect(classify(SEED_NETWORK, tensorFromMatrix(SEED_X)).probabilities[0]).toBeGreaterThan(0.9);
    expect(classify(SEED_NETWORK, tensorFromMatrix(SEED_O)).probabilities[1]).toBeGreaterThan(0.9);
  });

  it('gets at least 90 % of the held-out generated set right', () => {
    const test = xoExamples(SEED_VOTES_RECIPE.testSet);
    const right = test.filter((e) => {
      const p = classify(SEED_NETWORK, e.input).probabilities;
      return (p[0]! >= p[1]! ? 0 : 1) === e.label;
    }).length;
    expect(right / test.length).toBeGreaterThanOrEqual(0.9);
  });

  it('its committed votes equal a fresh run of the recipe, bit for bit', () => {
    const { network } = learnSeedVotes();
    const votes = networkToJson(network).layers[5]!;
    if (votes.type !== 'linear') throw new Error('linear votes expected');
    expect(votes.weight).toEqual(SEED_VOTES.weight);
    expect(votes.bias).toEqual(SEED_VOTES.bias);
    votes.weight
      .flat()
      .forEach((v, i) => expect(Object.is(v, SEED_VOTES.weight.flat()[i])).toBe(true));
  });
});
