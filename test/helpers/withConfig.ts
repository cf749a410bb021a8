import { SEED_CONFIG, type PipelineConfig } from '../../src/core';

/** The seed's configuration with some settings changed: the tests' way to name a config. */
export function withConfig(change: {
  conv?: Partial<PipelineConfig['conv']>;
  pool?: Partial<PipelineConfig['pool']>;
  activation?: PipelineConfig['activation'];
  order?: PipelineConfig['order'];
}): PipelineConfig {
  return {
    conv: { ...SEED_CONFIG.conv, ...change.conv },
    pool: { ...SEED_CONFIG.pool, ...change.pool },
    activation: change.activation ?? SEED_CONFIG.activation,
    order: change.order ?? SEED_CONFIG.order,
  };
}
