// Figures and helpers shared by the figure, SVG and canvas export tests.
// @vitest-environment happy-dom
import { runPipeline, SEED_CONFIG, SEED_KERNELS, SEED_X, type Matrix } from '../../src/core';
import { GRID_COLOR, type Figure, type Primitive } from '../../src/export/figure';
import { type WholeFigureArgs } from '../../src/export/wholeFigure';
import { en } from '../../src/i18n/en';
import { stageDomains } from '../../src/present/stageDomains';
import { stageScales } from '../../src/present/stageScales';

export type Rect = Extract<Primitive, { kind: 'rect' }>;
export type Text = Extract<Primitive, { kind: 'text' }>;

export const cells = (f: Figure): Rect[] =>
  f.primitives.filter((p): p is Rect => p.kind === 'rect' && p.stroke === GRID_COLOR);
export const texts = (f: Figure): string[] =>
  f.primitives.filter((p): p is Text => p.kind === 'text').map((p) => p.text);

export const TITLES: WholeFigureArgs['titles'] = {
  input: en.input,
  kernel: en.kernel,
  feature: en.featureMap,
  pooled: en.pooledMap,
  activated: (k) => en.activatedMap(k, 'relu'),
  stages: {
    kernels: en.stageKernels,
    feature: en.stageFeature,
    pooled: en.stagePoolTitle('max', 2, 2),
    activated: en.stageActivated('relu'),
  },
};

export function seedArgs(input: Matrix = SEED_X, kernels: readonly Matrix[] = SEED_KERNELS) {
  const scales = stageScales(stageDomains(kernels, SEED_CONFIG));
  return {
    input,
    kernels,
    results: runPipeline(input, kernels, SEED_CONFIG),
    scaleFor: (stage: keyof typeof scales) => scales[stage],
    titles: TITLES,
  };
}
