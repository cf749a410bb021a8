import { SEED_CONFIG, SEED_KERNELS, SEED_X, type Matrix, type PipelineConfig } from '../core';

/** How map values become grays: one fixed range per stage, or each map its own min..max. */
export type ColorMode = 'shared' | 'perMap';

export type Language = 'en' | 'zh';

export interface Display {
  readonly colorMode: ColorMode;
  readonly showValues: boolean;
}

/**
 * Everything the user chose, and nothing that can be derived: every map on the page is
 * computed from this by the core's pipeline on render.
 */
export interface AppState {
  readonly input: Matrix;
  readonly kernels: readonly Matrix[];
  readonly config: PipelineConfig;
  readonly display: Display;
  readonly language: Language;
}

export const DEFAULT_DISPLAY: Display = { colorMode: 'shared', showValues: false };

/** The seed's state: its X, its three kernels and its settings. */
export function seedState(language: Language = 'en'): AppState {
  return {
    input: SEED_X,
    kernels: SEED_KERNELS,
    config: SEED_CONFIG,
    display: DEFAULT_DISPLAY,
    language,
  };
}
