// The two optimizers, exactly as PyTorch documents them (torch.optim.SGD and torch.optim.Adam,
// maximize=False, SGD without Nesterov and with dampening 0, Adam without AMSGrad). Both act
// on one flat parameter array and its gradient, in place; their state is theirs.

export interface OptimizerSettings {
  readonly optimizer: 'sgd' | 'adam';
  readonly learningRate: number;
  /** SGD only. Default 0. */
  readonly momentum: number;
  /** L2 penalty, added to the gradient before the update (not AdamW). Default 0. */
  readonly weightDecay: number;
  /** Adam only. Defaults 0.9, 0.999 and 1e-8, as PyTorch. */
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

/** An optimizer for a parameter array of a fixed length. */
export interface Optimizer {
  /** Updates `params` from `grads` (which it may overwrite). */
  step(params: Float64Array, grads: Float64Array): void;
}

export function createOptimizer(settings: OptimizerSettings, length: number): Optimizer {
  return settings.optimizer === 'adam' ? adam(settings, length) : sgd(settings, length);
}

/**
 * torch.optim.SGD:
 *   g = grad + weight_decay * p                 (when weight_decay != 0)
 *   b = g at the first step, else momentum * b + g   (when momentum != 0); g = b
 *   p = p - lr * g
 */
function sgd(s: OptimizerSettings, length: number): Optimizer {
  const { learningRate: lr, momentum, weightDecay } = s;
  const buffer = momentum !== 0 ? new Float64Array(length) : null;
  let first = true;
  return {
    step(p, g) {
      for (let i = 0; i < length; i++) {
        let d = g[i]!;
        if (weightDecay !== 0) d = d + weightDecay * p[i]!;
        if (buffer !== null) {
          d = first ? d : momentum * buffer[i]! + d;
          buffer[i] = d;
        }
        p[i] = p[i]! - lr * d;
      }
      first = false;
    },
  };
}

/**
 * torch.optim.Adam, at step t (from 1):
 *   g = grad + weight_decay * p                 (when weight_decay != 0)
 *   m = beta1 * m + (1 - beta1) * g
 *   v = beta2 * v + (1 - beta2) * g * g
 *   step_size = lr / (1 - beta1^t)
 *   denom = sqrt(v) / sqrt(1 - beta2^t) + eps
 *   p = p - step_size * (m / denom)
 */
function adam(s: OptimizerSettings, length: number): Optimizer {
  const { learningRate: lr, weightDecay, beta1, beta2, epsilon } = s;
  const m = new Float64Array(length);
  const v = new Float64Array(length);
  let t = 0;
  return {
    step(p, g) {
      t += 1;
      const stepSize = lr / (1 - beta1 ** t);
      const correction2 = Math.sqrt(1 - beta2 ** t);
      for (let i = 0; i < length; i++) {
        let d = g[i]!;
        if (weightDecay !== 0) d = d + weightDecay * p[i]!;
        const mi = beta1 * m[i]! + (1 - beta1) * d;
        const vi = beta2 * v[i]! + (1 - beta2) * d * d;
        m[i] = mi;
        v[i] = vi;
        p[i] = p[i]! - stepSize * (mi / (Math.sqrt(vi) / correction2 + epsilon));
      }
    },
  };
}
