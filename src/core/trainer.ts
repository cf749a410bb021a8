import { checkInput, checkLabel } from './networkInput';
import type { Network } from './networkTypes';
import { withWeights } from './networkWeights';
import { createOptimizer, type Optimizer } from './optimizer';
import type { Tensor } from './tensor';
import { readTrainerOptions, type TrainerOptions } from './trainOptions';
import {
  createWorkspace,
  runBackward,
  runForward,
  zeroGradients,
  type Workspace,
} from './workspace';

/** A picture and the index of its class. */
export interface Example {
  readonly input: Tensor;
  readonly label: number;
}

/** What one step did. */
export interface StepResult {
  /** The batch's mean loss before the update. */
  readonly loss: number;
  /**
   * False when the step changed nothing: the loss was not finite (`'loss'`), or the update
   * would have made a weight infinite or NaN (`'weights'`). The weights stay the last finite
   * ones.
   */
  readonly applied: boolean;
  readonly problem?: 'loss' | 'weights';
}

/**
 * A network being trained, step by step: its own copy of the weights, the optimizer's state
 * and every buffer, allocated once; a step allocates nothing.
 */
export interface Trainer {
  /** Steps applied so far. */
  readonly steps: number;
  /** One step on a batch: the mean loss, its gradients, the optimizer's update. */
  step(batch: readonly Example[]): StepResult;
  /** The network with the current weights (a copy). */
  network(): Network;
}

interface Slot {
  readonly params: Float64Array;
  readonly grads: Float64Array;
  readonly backup: Float64Array;
  readonly optimizer: Optimizer;
}

/**
 * Starts training a copy of `net` (which is never changed).
 * @throws RangeError naming an invalid option.
 */
export function createTrainer(net: Network, options: TrainerOptions): Trainer {
  const { settings, learns, biasLearns } = readTrainerOptions('createTrainer', net, options);
  const ws: Workspace = createWorkspace(net, true);
  const slots: Slot[] = [];
  ws.ops.forEach((op, i) => {
    if (!learns[i]) return;
    op.parameters.forEach((params, k) => {
      // parameters: [weight, bias]; a fixed bias gets a gradient but no update.
      if (k === 1 && !biasLearns[i]) return;
      slots.push({
        params,
        grads: op.gradients[k]!,
        backup: new Float64Array(params.length),
        optimizer: createOptimizer(settings, params.length),
      });
    });
  });
  // Backward stops at the first layer that learns.
  const first = learns.indexOf(true);
  const stop = first < 0 ? ws.ops.length : first;
  let steps = 0;
  return {
    get steps() {
      return steps;
    },
    step(batch) {
      if (batch.length === 0) throw new RangeError('Trainer.step: the batch is empty');
      zeroGradients(ws);
      let sum = 0;
      const scale = 1 / batch.length;
      for (const { input, label } of batch) {
        runForward(ws, input.data);
        sum += runBackward(ws, label, scale, stop, learns, false);
      }
      const loss = sum / batch.length;
      if (!Number.isFinite(loss)) return { loss, applied: false, problem: 'loss' };
      let finite = true;
      for (const slot of slots) {
        slot.backup.set(slot.params);
        slot.optimizer.step(slot.params, slot.grads);
        for (let i = 0; i < slot.params.length && finite; i++) {
          if (!Number.isFinite(slot.params[i]!)) finite = false;
        }
      }
      if (!finite) {
        for (const slot of slots) slot.params.set(slot.backup);
        return { loss, applied: false, problem: 'weights' };
      }
      steps += 1;
      return { loss, applied: true };
    },
    network() {
      return withWeights(net, ws.ops, 'parameters');
    },
  };
}

/** Throws a RangeError (naming `fn`) unless every example fits the network. */
export function checkExamples(fn: string, net: Network, examples: readonly Example[]): void {
  if (!Array.isArray(examples) || examples.length === 0) {
    throw new RangeError(`${fn}: examples must be a non-empty list`);
  }
  examples.forEach((example, i) => {
    checkInput(`${fn}: examples[${i}].input`, net, example.input);
    checkLabel(fn, net, example.label, `examples[${i}].label`);
  });
}
