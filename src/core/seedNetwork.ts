import type { Network } from './networkTypes';
import { parseNetwork } from './parseNetwork';
import { seedNetworkJson } from './seedNetworkJson';
import { SEED_VOTES } from './seedVotes';

/**
 * The seed's X-or-O network: its three kernels (÷ 9, no bias) -> ReLU -> the seed's zero row
 * and column -> 2x2 max pooling -> flatten (48 values) -> the votes, a linear layer to the
 * classes ["X", "O"] learned by `npm run votes` (src/core/seedVotesTraining.ts).
 */
export const SEED_NETWORK: Network = parseNetwork(seedNetworkJson(SEED_VOTES));
