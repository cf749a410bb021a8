import type { ActivationKind } from './activation';
import type { PoolKind } from './pool2d';

/** Convolution settings, applied identically with every kernel. */
export interface ConvSettings {
  readonly stride: number;
  readonly padding: number;
  readonly dilation: number;
  readonly bias: number;
  /** Divide the sum of products by the kernel's cell count (the seed's "/ 9"). */
  readonly normalize: boolean;
}

/**
 * What pooling does where its windows do not tile the map exactly.
 * - `pad`: the seed's way. Zero rows are added at the bottom and zero columns at the right,
 *   just enough that the windows cover every cell (7x7 -> 8x8 for 2x2 windows, stride 2).
 * - `drop`: windows that do not fit are dropped (PyTorch's default, floor mode).
 * - `ceil`: partial windows cover only the cells that exist (PyTorch's `ceil_mode=True`).
 */
export type PoolEdge = 'pad' | 'drop' | 'ceil';

export interface PoolSettings {
  readonly kind: PoolKind;
  readonly size: number;
  readonly stride: number;
  readonly edge: PoolEdge;
}

/**
 * - `branch`: the seed's order. Pooling and activation are both taken from the feature map.
 * - `chain`: the usual CNN layer, conv -> activation -> pool.
 */
export type StageOrder = 'branch' | 'chain';

export interface PipelineConfig {
  readonly conv: ConvSettings;
  readonly pool: PoolSettings;
  readonly activation: ActivationKind;
  readonly order: StageOrder;
}

/** The seed's configuration: valid 3x3 conv divided by 9, padded 2x2 max pool, ReLU, branched. */
export const SEED_CONFIG: PipelineConfig = {
  conv: { stride: 1, padding: 0, dilation: 1, bias: 0, normalize: true },
  pool: { kind: 'max', size: 2, stride: 2, edge: 'pad' },
  activation: 'relu',
  order: 'branch',
};
