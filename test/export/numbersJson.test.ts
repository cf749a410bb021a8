import { describe, expect, it } from 'vitest';
import golden from '../fixtures/golden.json' with { type: 'json' };
import {
  createMatrix,
  runPipeline,
  SEED_CONFIG,
  SEED_KERNELS,
  SEED_X,
  toRows,
} from '../../src/core';
import { numbersJson } from '../../src/export/numbersJson';
import { firstBlockMaps } from '../../src/present/firstBlockMaps';
import { reducer, seedState as seedPage } from '../../src/state';

const seedState = { input: SEED_X, kernels: SEED_KERNELS, config: SEED_CONFIG };
const seedText = numbersJson(seedState, runPipeline(SEED_X, SEED_KERNELS, SEED_CONFIG));

describe('numbersJson', () => {
  it('is pretty JSON with 2-space indents that parses back', () => {
    expect(seedText.startsWith('{\n  "app": "CNN Playground",\n  "version": 1,\n')).toBe(true);
    const doc = JSON.parse(seedText);
    expect(JSON.stringify(doc, null, 2) + '\n').toBe(seedText);
    expect(doc.app).toBe('CNN Playground');
    expect(doc.version).toBe(1);
    expect(doc.about).toMatch(/row-major/);
  });

  it("holds the seed's settings, input and kernels", () => {
    const doc = JSON.parse(seedText);
    expect(doc.config).toEqual(SEED_CONFIG);
    expect(doc.input).toEqual(golden.input);
    expect(doc.kernels).toEqual(golden.kernels);
  });

  it("gives the seed's feature map 1 row 0 at full precision, equal to the golden numbers", () => {
    const doc = JSON.parse(seedText);
    expect(doc.stages[0].feature[0]).toEqual(golden.feature_maps[0]![0]);
    expect(doc.stages[0].feature[0][0]).toBe(0.7777777777777778);
    expect(doc.stages[0].feature[0][1]).toBe(-0.1111111111111111);
  });

  it("gives every stage of the seed's three kernels, equal to the golden numbers", () => {
    const doc = JSON.parse(seedText);
    expect(doc.stages.map((s: { kernel: number }) => s.kernel)).toEqual([1, 2, 3]);
    expect(doc.stages.map((s: { feature: number[][] }) => s.feature)).toEqual(golden.feature_maps);
    expect(doc.stages.map((s: { pooled: number[][] }) => s.pooled)).toEqual(golden.pooled);
    expect(doc.stages.map((s: { activated: number[][] }) => s.activated)).toEqual(golden.relu);
    expect(doc.stages[0]).not.toHaveProperty('problems');
  });

  it('writes null for a stage without output, with its problem', () => {
    const kernels = [SEED_KERNELS[0]!, createMatrix(10, 10, 1)];
    const results = runPipeline(SEED_X, kernels, SEED_CONFIG);
    const doc = JSON.parse(numbersJson({ ...seedState, kernels }, results));
    expect(doc.stages[1]).toEqual({
      kernel: 2,
      feature: null,
      pooled: null,
      activated: null,
      problems: {
        feature: { kind: 'kernelTooLarge', window: [10, 10], input: [9, 9] },
        pooled: { kind: 'noInput' },
        activated: { kind: 'noInput' },
      },
    });
    expect(doc.kernels[1]).toEqual(toRows(createMatrix(10, 10, 1)));
  });
});

describe('numbersJson for a colour picture', () => {
  it('adds the green and blue channels and slices, and the maps that sum the three', () => {
    const seed = seedPage();
    const green = { ...seed.input, data: seed.input.data.map((v) => -v) };
    const s = reducer(seed, { type: 'setColorInput', channels: [seed.input, green, seed.input] });
    const doc = JSON.parse(numbersJson(s, firstBlockMaps(s))) as {
      color: { green: number[][]; slices: { blue: number[][] }[] };
      stages: { feature: number[][] }[];
    };
    expect(doc.color.green[0]![0]).toBe(1);
    expect(doc.color.slices).toHaveLength(3);
    expect(doc.color.slices[0]!.blue).toEqual(toRows(seed.kernels[0]!));
    expect(doc.stages[0]!.feature).toEqual(toRows(firstBlockMaps(s)[0]!.feature.map!));
    expect(JSON.parse(numbersJson(seed, firstBlockMaps(seed)))).not.toHaveProperty('color');
  });
});
