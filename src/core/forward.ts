import { softmaxInto } from './crossEntropy';
import type { Network } from './networkTypes';
import type { Tensor } from './tensor';
import { checkInput } from './networkInput';
import { createWorkspace, runForward, type Workspace } from './workspace';

// One workspace per network, made on first use: the network's weights are only read.
const workspaces = new WeakMap<Network, Workspace>();

/** The compiled form of a network, reading (never writing) its weights. */
export function workspaceOf(net: Network): Workspace {
  let ws = workspaces.get(net);
  if (ws === undefined) {
    ws = createWorkspace(net, false);
    workspaces.set(net, ws);
  }
  return ws;
}

/**
 * The output of every layer for one input, in order (`result[i]` is layer i's output; after
 * flatten a tensor is n x 1 x 1). Fresh tensors: the caller may keep them.
 * @throws RangeError when the input's shape is not the network's input shape.
 */
export function forward(net: Network, input: Tensor): Tensor[] {
  checkInput('forward', net, input);
  const ws = workspaceOf(net);
  runForward(ws, input.data);
  return net.shapes.map(([channels, height, width], i) => ({
    channels,
    height,
    width,
    data: ws.values[i + 1]!.slice(),
  }));
}

/**
 * The last layer's outputs (the logits, flattened) and their softmax.
 * @throws RangeError when the input's shape is not the network's input shape.
 */
export function classify(
  net: Network,
  input: Tensor,
): { logits: Float64Array; probabilities: Float64Array } {
  checkInput('classify', net, input);
  const ws = workspaceOf(net);
  runForward(ws, input.data);
  const logits = ws.values[ws.values.length - 1]!.slice();
  const probabilities = new Float64Array(logits.length);
  softmaxInto(logits, probabilities);
  return { logits, probabilities };
}
