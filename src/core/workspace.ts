import { convOp } from './convOp';
import { convStrideOneOp } from './convStrideOneOp';
import { crossEntropyInto } from './crossEntropy';
import { sizeOf, type LayerOp } from './layerOp';
import { linearOp } from './linearOp';
import type { Layer, Network, Shape3 } from './networkTypes';
import { padOp, pointwiseOp } from './pointwiseOps';
import { poolOp } from './poolOp';

/**
 * A network compiled for running: one op per layer and every buffer a forward and backward
 * pass needs, allocated once. `values[0]` is the input, `values[i + 1]` the output of layer
 * `i`; `grads[i]` has the shape of `values[i]` and holds d(loss)/d(values[i]) after a
 * backward pass.
 */
export interface Workspace {
  readonly ops: readonly LayerOp[];
  readonly values: readonly Float64Array[];
  readonly grads: readonly Float64Array[];
  readonly probabilities: Float64Array;
}

/**
 * Compiles a network. With `copy`, the ops get their own copies of the weights (for
 * training); without, they read the network's arrays and never write them.
 */
export function createWorkspace(net: Network, copy: boolean): Workspace {
  const shapes: Shape3[] = [net.input, ...net.shapes];
  const ops = net.layers.map((layer, i) => opOf(layer, shapes[i]!, shapes[i + 1]!, copy));
  const values = shapes.map((shape) => new Float64Array(sizeOf(shape)));
  const grads = shapes.map((shape) => new Float64Array(sizeOf(shape)));
  const outputs = values[values.length - 1]!.length;
  return { ops, values, grads, probabilities: new Float64Array(outputs) };
}

function opOf(layer: Layer, inShape: Shape3, outShape: Shape3, copy: boolean): LayerOp {
  const own = (a: Float64Array): Float64Array => (copy ? a.slice() : a);
  switch (layer.type) {
    case 'conv2d':
      return (layer.stride === 1 ? convStrideOneOp : convOp)(
        layer,
        inShape,
        outShape,
        own(layer.weight),
        own(layer.bias),
      );
    case 'linear':
      return linearOp(inShape, outShape, own(layer.weight), own(layer.bias));
    case 'pad':
      return padOp(layer, inShape, outShape);
    case 'maxPool2d':
    case 'avgPool2d':
      return poolOp(layer, inShape, outShape);
    default:
      return pointwiseOp(layer, inShape, outShape);
  }
}

/** Runs every layer on `input` (copied into values[0]). */
export function runForward(ws: Workspace, input: Float64Array): void {
  ws.values[0]!.set(input);
  for (let i = 0; i < ws.ops.length; i++) ws.ops[i]!.forward(ws.values[i]!, ws.values[i + 1]!);
}

/**
 * After runForward: the cross-entropy loss for `label`, the probabilities, and the backward
 * pass of `scale` times its gradient down to layer `stop`. Layer i's weight gradients are
 * added into its op's accumulators where `learns[i]`; `grads[stop]` (the gradient of
 * layer `stop`'s input) is computed only when `inputGradient` is set.
 */
export function runBackward(
  ws: Workspace,
  label: number,
  scale: number,
  stop: number,
  learns: readonly boolean[],
  inputGradient: boolean,
): number {
  const last = ws.ops.length;
  const loss = crossEntropyInto(ws.values[last]!, label, ws.probabilities, ws.grads[last]!, scale);
  for (let i = last - 1; i >= stop; i--) {
    const dx = i > stop || inputGradient ? ws.grads[i]! : null;
    ws.ops[i]!.backward(ws.values[i]!, ws.values[i + 1]!, ws.grads[i + 1]!, dx, learns[i] ?? false);
  }
  return loss;
}

/** Sets every weight-gradient accumulator to 0. */
export function zeroGradients(ws: Workspace): void {
  for (const op of ws.ops) for (const g of op.gradients) g.fill(0);
}
