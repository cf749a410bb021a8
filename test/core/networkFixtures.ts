import {
  forward,
  parseNetwork,
  tensorFromArrays,
  tensorToArrays,
  type LayerJson,
  type Network,
  type Tensor,
} from '../../src/core';

/** A network of the given layers on a c x h x w input. */
export function net(
  input: [number, number, number],
  layers: LayerJson[],
  classes?: string[],
): Network {
  return parseNetwork(classes ? { input, layers, classes } : { input, layers });
}

/** A one-channel tensor from rows. */
export function picture(rows: number[][]): Tensor {
  return tensorFromArrays([rows]);
}

/** The output of a network's first layer, as nested arrays. */
export function first(...args: Parameters<typeof forward>): number[][][] {
  return tensorToArrays(forward(...args)[0]!);
}
