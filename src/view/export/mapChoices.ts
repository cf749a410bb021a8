import type { ActivationKind, KernelResult, Matrix } from '../../core';
import type { FigureStage } from '../../export/wholeFigure';
import type { Messages } from '../../i18n/messages';

/** A map the export menu can download on its own. */
export interface MapChoice {
  readonly id: string;
  readonly title: string;
  readonly stage: FigureStage;
  readonly map: Matrix;
}

/**
 * The maps of the first block the menu offers, in the page's order: the picture, then each
 * kernel with its feature, pooled and activated maps (those that exist), named as on the page
 * (`input`, `kernel-K`, `conv-K`, `pool-K`, `relu-K`).
 */
export function mapChoices(
  t: Messages,
  input: Matrix,
  kernels: readonly Matrix[],
  results: readonly KernelResult[],
  activation: ActivationKind,
): MapChoice[] {
  const choices: MapChoice[] = [{ id: 'input', title: t.input, stage: 'input', map: input }];
  kernels.forEach((kernel, k) => {
    const r = results[k];
    const n = k + 1;
    choices.push({ id: `kernel-${k}`, title: t.kernel(n), stage: 'kernels', map: kernel });
    if (r?.feature.map) {
      choices.push({
        id: `conv-${k}`,
        title: t.featureMap(n),
        stage: 'feature',
        map: r.feature.map,
      });
    }
    if (r?.pooled.map) {
      choices.push({ id: `pool-${k}`, title: t.pooledMap(n), stage: 'pooled', map: r.pooled.map });
    }
    if (r?.activated.map) {
      const title = t.activatedMap(n, activation);
      choices.push({ id: `relu-${k}`, title, stage: 'activated', map: r.activated.map });
    }
  });
  return choices;
}
