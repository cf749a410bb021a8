import type { Matrix } from '../../core';
import { pageGradients, type PageGradients } from '../../present/gradients';
import type { Store } from '../../state';
import type { DecisionNetwork } from '../../state/decisionNetwork';
import { useStoreSelector } from '../app/useStore';
import { pictureTensor, type ColorChannels } from '../../state/colorChannels';
import { useDecisionNetwork } from '../decision/useDecision';

export interface PageGradientsView {
  readonly g: PageGradients;
  readonly classes: readonly string[];
}

// The maps beside the kernels, the overlay and the panel read the same gradients: computed
// once per picture, network and label, whichever asks first (the last one is kept).
let last: {
  made: DecisionNetwork;
  input: Matrix;
  color: ColorChannels | null;
  label: number;
  g: PageGradients | null;
} | null = null;

function gradientsFor(
  made: DecisionNetwork,
  input: Matrix,
  color: ColorChannels | null,
  label: number,
) {
  if (last?.made === made && last.input === input && last.color === color && last.label === label) {
    return last.g;
  }
  const picture = color ? pictureTensor({ input, color }) : input;
  const g = 'network' in made ? pageGradients(made.network, made.blocks[0]!, picture, label) : null;
  last = { made, input, color, label, g };
  return g;
}

/**
 * The gradients of one training step on the page's picture, for `label` (clamped to the
 * classes): only the components that show them call this, and only while they are shown,
 * so a pixel click computes nothing while the gradients are hidden.
 */
export function usePageGradients(store: Store, label: number): PageGradientsView | null {
  const input = useStoreSelector(store, (s) => s.input);
  const classes = useStoreSelector(store, (s) => s.classes);
  const color = useStoreSelector(store, (s) => s.color);
  // Built once per network, not per pixel (the decision's shared cache).
  const { made } = useDecisionNetwork(store);
  const g = gradientsFor(made, input, color, Math.max(0, Math.min(label, classes.length - 1)));
  return g ? { g, classes } : null;
}
