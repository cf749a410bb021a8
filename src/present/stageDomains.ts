import { activationOf, convDivisor, type Matrix, type PipelineConfig } from '../core';
import type { Domain } from './grayScale';

/** The shared colour domain of each stage. */
export interface StageDomains {
  readonly input: Domain;
  readonly kernels: Domain;
  readonly feature: Domain;
  readonly pooled: Domain;
  readonly activated: Domain;
}

/** Input pixels are -1 (background) to +1 (stroke); imported pictures are mapped to that too. */
const INPUT_DOMAIN: Domain = [-1, 1];

function widen([lo, hi]: Domain, v: number): Domain {
  return [Math.min(lo, v), Math.max(hi, v)];
}

/**
 * Fixed ranges, one per stage, that every possible input picture stays within, so maps of a
 * stage compare by brightness and do not change brightness when a pixel elsewhere changes.
 * A feature map cell is at most sum(|w|) * max|x| / divisor away from the bias (1 for the
 * seed: nine products of +-1 divided by 9). Activations are monotone, so the activated range
 * is the activation of the feature range. Pooling keeps values within its source's range,
 * plus 0 where the seed's zero padding can win a window.
 */
export function stageDomains(kernels: readonly Matrix[], config: PipelineConfig): StageDomains {
  let reach = 0;
  let weight = 0;
  for (const k of kernels) {
    let sum = 0;
    for (const w of k.data) sum += Math.abs(w);
    reach = Math.max(reach, (sum * INPUT_DOMAIN[1]) / convDivisor(k, config.conv));
    weight = Math.max(weight, ...Array.from(k.data, Math.abs));
  }
  const { bias } = config.conv;
  const feature: Domain = [bias - reach, bias + reach];
  const act = activationOf(config.activation);
  const activated: Domain = [act(feature[0]), act(feature[1])];
  const source = config.order === 'chain' ? activated : feature;
  const pooled = config.pool.edge === 'pad' ? widen(source, 0) : source;
  const w = weight || 1;
  return { input: INPUT_DOMAIN, kernels: [-w, w], feature, pooled, activated };
}

/**
 * A colour picture's kernels, each stack of slices as one matrix of all its weights (its
 * slices one under the other), for stageDomains: a feature cell of a kernel of three slices
 * is at most the sum of all its |w| divided by all its cells.
 */
export function stackedKernels(stacks: readonly (readonly Matrix[])[]): Matrix[] {
  return stacks.map((stack) => {
    const first = stack[0]!;
    const data = new Float64Array(stack.length * first.data.length);
    stack.forEach((m, c) => data.set(m.data, c * first.data.length));
    return { height: first.height * stack.length, width: first.width, data };
  });
}
