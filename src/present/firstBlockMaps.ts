import { runPipeline, runPipelineChannels, type KernelResult, type Matrix } from '../core';
import type { AppState } from '../state';
import { kernelStacks, pictureChannels } from '../state/colorChannels';

/**
 * The first block's maps for the page's picture: the core's pipeline on the gray picture,
 * or, for a colour picture, on its three channels with every kernel's three slices.
 */
export function firstBlockMaps(
  state: Pick<AppState, 'input' | 'kernels' | 'config' | 'color'>,
): KernelResult[] {
  const { input, kernels, config, color } = state;
  if (!color) return runPipeline(input, kernels, config);
  const channels = pictureChannels({ input, color }) as [Matrix, Matrix, Matrix];
  return runPipelineChannels(channels, kernelStacks({ kernels, color }), config);
}
