import { extent, type Matrix } from '../core';
import type { ColorMode } from '../state';
import { grayScale, type GrayScale } from './grayScale';
import type { StageDomains } from './stageDomains';

export type StageKey = keyof StageDomains;

export type StageScales = Record<StageKey, GrayScale>;

/** One gray scale per stage, from the stages' shared domains. */
export function stageScales(domains: StageDomains): StageScales {
  return {
    input: grayScale(domains.input),
    kernels: grayScale(domains.kernels),
    feature: grayScale(domains.feature),
    pooled: grayScale(domains.pooled),
    activated: grayScale(domains.activated),
  };
}

/**
 * The scale a map is drawn with: its stage's shared scale, or (per-map mode, as matplotlib's
 * imshow in the seed) one stretched to the map's own min..max.
 */
export function scaleForMap(
  mode: ColorMode,
  scales: StageScales,
  stage: StageKey,
  map: Matrix | null,
): GrayScale {
  if (mode === 'shared' || map === null) return scales[stage];
  return grayScale(extent(map));
}
