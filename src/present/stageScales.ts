import { extent, type Matrix } from '../core';
import type { ColorMap, ColorMode } from '../state';
import { divergingScale } from './divergingScale';
import { grayScale, type Domain, type GrayScale } from './grayScale';
import type { StageDomains } from './stageDomains';

export type StageKey = keyof StageDomains;

export type StageScales = Record<StageKey, GrayScale>;

/** The scale of a colour map for a domain: the linear gray, or diverging for signed maps. */
export function scaleOf(colorMap: ColorMap, domain: Domain): GrayScale {
  return colorMap === 'diverging' ? divergingScale(domain) : grayScale(domain);
}

/** One scale per stage, from the stages' shared domains. */
export function stageScales(domains: StageDomains, colorMap: ColorMap = 'gray'): StageScales {
  return {
    input: scaleOf(colorMap, domains.input),
    kernels: scaleOf(colorMap, domains.kernels),
    feature: scaleOf(colorMap, domains.feature),
    pooled: scaleOf(colorMap, domains.pooled),
    activated: scaleOf(colorMap, domains.activated),
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
  colorMap: ColorMap = 'gray',
): GrayScale {
  if (mode === 'shared' || map === null) return scales[stage];
  return scaleOf(colorMap, extent(map));
}
