import type { ActivationKind, PoolKind } from '../core';

/** Every piece of UI text, in one language. Functions take the numbers they show. */
export interface Messages {
  readonly appTitle: string;
  readonly tagline: string;
  readonly input: string;
  readonly kernel: (k: number) => string;
  readonly kernels: string;
  readonly featureMap: (k: number) => string;
  readonly pooledMap: (k: number) => string;
  readonly activatedMap: (k: number, kind: ActivationKind) => string;
  readonly stageInput: string;
  readonly stageKernels: string;
  readonly stageFeature: string;
  readonly stageActivated: (kind: ActivationKind) => string;
  readonly activationName: (kind: ActivationKind) => string;
  readonly stagePoolTitle: (kind: PoolKind, size: number, stride: number) => string;
  readonly opConv: (divisor: number) => string;
  readonly opPool: (kind: PoolKind, size: number) => string;
  readonly opFromFeature: string;
  readonly stageFromFeature: string;
  readonly presetX: string;
  readonly presetO: string;
  readonly presetBlank: string;
  readonly invert: string;
  readonly reset: string;
  readonly resetTitle: string;
  readonly picture: string;
  readonly colors: string;
  readonly colorShared: string;
  readonly colorPerMap: string;
  readonly colorSharedTitle: string;
  readonly colorPerMapTitle: string;
  readonly showValues: string;
  readonly language: string;
  readonly legend: (stage: string) => string;
  readonly uniform: (value: string) => string;
  readonly pixelLabel: (row: number, col: number, value: string) => string;
  readonly cellLabel: (row: number, col: number, value: string) => string;
  readonly inputGridLabel: (h: number, w: number) => string;
  readonly mapLabel: (title: string, h: number, w: number, lo: string, hi: string) => string;
  readonly editHint: string;
  readonly noOutput: string;
  readonly kernelTooLarge: (kh: number, kw: number, h: number, w: number) => string;
  readonly windowTooLarge: (size: number, h: number, w: number) => string;
}
