import type { Example, Tensor } from '../core';

/**
 * A one-channel picture as `channels` equal channels: how a gray picture looks to a network
 * that reads colour (red = green = blue). An example that has them already is returned as is.
 */
export function withChannels(example: Example, channels: number): Example {
  const { input } = example;
  if (input.channels === channels || input.channels !== 1) return example;
  const plane = input.height * input.width;
  const data = new Float64Array(channels * plane);
  for (let c = 0; c < channels; c++) data.set(input.data.subarray(0, plane), c * plane);
  const tensor: Tensor = { channels, height: input.height, width: input.width, data };
  return { input: tensor, label: example.label };
}
