import { runPipeline, runPipelineChannels, type KernelResult, type Matrix } from '../core';
import type { AppState } from '../state';
import { kernelStacks, pictureChannels } from '../state/colorChannels';

/** A colour picture's channels and every first-block kernel's slices, `[k][channel]`. */
export interface ColorParts {
  readonly channels: readonly [Matrix, Matrix, Matrix];
  readonly stacks: readonly (readonly Matrix[])[];
}

/** The colour picture's channels and the kernels' stacks; null for a gray picture. */
export function colorParts(
  state: Pick<AppState, 'input' | 'kernels' | 'color'>,
): ColorParts | null {
  const { input, kernels, color } = state;
  if (!color) return null;
  return {
    channels: pictureChannels({ input, color }) as [Matrix, Matrix, Matrix],
    stacks: kernelStacks({ kernels, color }),
  };
}

/**
 * The first block's maps for the page's picture: the core's pipeline on the gray picture,
 * or, for a colour picture, on its three channels with every kernel's three slices (`parts`,
 * when the caller has them already).
 */
export function firstBlockMaps(
  state: Pick<AppState, 'input' | 'kernels' | 'config' | 'color'>,
  parts: ColorParts | null = colorParts(state),
): KernelResult[] {
  const { input, kernels, config } = state;
  if (!parts) return runPipeline(input, kernels, config);
  return runPipelineChannels(parts.channels, parts.stacks, config);
}
