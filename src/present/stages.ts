import type { PipelineConfig, StageOrder } from '../core';
import type { Messages } from '../i18n/messages';

/** The stages drawn after the input, one column each. */
export type MapStage = 'kernels' | 'feature' | 'pooled' | 'activated';

/**
 * The columns in the order the page and the exported figure draw them: the seed's branched
 * order pools then activates the feature map; the chain activates, then pools.
 */
export function stageColumns(order: StageOrder): readonly MapStage[] {
  return order === 'chain'
    ? ['kernels', 'feature', 'activated', 'pooled']
    : ['kernels', 'feature', 'pooled', 'activated'];
}

/** Each column's title, for these settings, in the language of `t`. */
export function stageTitles(t: Messages, config: PipelineConfig): Record<MapStage, string> {
  return {
    kernels: t.stageKernels,
    feature: t.stageFeature,
    pooled: t.stagePoolTitle(config.pool.kind, config.pool.size, config.pool.stride),
    activated: t.stageActivated(config.activation),
  };
}
