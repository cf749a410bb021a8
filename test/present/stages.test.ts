import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/i18n/I18nContext';
import { stageColumns, stageTitles } from '../../src/present/stages';
import { withConfig } from '../helpers/withConfig';

describe('stages: one definition of the columns and their titles', () => {
  it('the seed pools then activates; the chain activates then pools', () => {
    expect(stageColumns('branch')).toEqual(['kernels', 'feature', 'pooled', 'activated']);
    expect(stageColumns('chain')).toEqual(['kernels', 'feature', 'activated', 'pooled']);
  });

  it('titles follow the settings, in both languages', () => {
    const config = withConfig({ pool: { kind: 'avg', size: 3, stride: 1 }, activation: 'tanh' });
    const en = stageTitles(MESSAGES.en, config);
    expect(en.pooled).toBe(MESSAGES.en.stagePoolTitle('avg', 3, 1));
    expect(en.activated).toBe(MESSAGES.en.stageActivated('tanh'));
    expect(en.kernels).toBe(MESSAGES.en.stageKernels);
    expect(stageTitles(MESSAGES.zh, config).feature).toBe(MESSAGES.zh.stageFeature);
  });
});
