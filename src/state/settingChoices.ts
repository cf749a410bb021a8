import type { ActivationKind, PoolEdge, PoolKind, StageOrder } from '../core';

// The one list of each setting's choices, in the order the settings panel offers them. The
// reducer and the link codec accept exactly these; the link writes their names, so the order
// may change without breaking a link.

export const POOL_KINDS: readonly PoolKind[] = ['max', 'avg'];
export const POOL_EDGES: readonly PoolEdge[] = ['pad', 'drop', 'ceil'];
export const ACTIVATIONS: readonly ActivationKind[] = ['relu', 'leakyRelu', 'sigmoid', 'tanh'];
export const STAGE_ORDERS: readonly StageOrder[] = ['branch', 'chain'];
