import type { Network } from '../../src/core';
import { seedState, type AppState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';

/** The page's network for a state, and where its conv2d layers are. */
export function pageNetwork(state: AppState = seedState()): {
  net: Network;
  convLayers: number[];
} {
  const made = decisionNetwork(state);
  if ('problem' in made) throw new Error('the state makes no network');
  return { net: made.network, convLayers: made.blocks.map((b) => b.conv) };
}
