import { checkInput, checkLabel } from './networkInput';
import type { Network } from './networkTypes';
import { withWeights } from './networkWeights';
import type { Tensor } from './tensor';
import { createWorkspace, runBackward, runForward, zeroGradients } from './workspace';

/**
 * The cross-entropy loss of one example (`torch.nn.functional.cross_entropy` of the last
 * layer's outputs) and its gradients: `gradients` has the network's layers with every conv2d
 * and linear weight and bias replaced by d(loss)/d(it); `inputGradient` is d(loss)/d(input);
 * `outputGradients[i]` is d(loss)/d(output of layer i), shaped as `forward`'s outputs.
 * @throws RangeError for an input of the wrong shape or a label that is not a class index.
 */
export function lossAndGradients(
  net: Network,
  input: Tensor,
  label: number,
): {
  loss: number;
  logits: Float64Array;
  probabilities: Float64Array;
  gradients: Network;
  inputGradient: Tensor;
  outputGradients: Tensor[];
} {
  checkInput('lossAndGradients', net, input);
  checkLabel('lossAndGradients', net, label);
  const ws = createWorkspace(net, false);
  zeroGradients(ws);
  runForward(ws, input.data);
  const learns = net.layers.map(() => true);
  const loss = runBackward(ws, label, 1, 0, learns, true);
  return {
    loss,
    logits: ws.values[ws.values.length - 1]!.slice(),
    probabilities: ws.probabilities.slice(),
    gradients: withWeights(net, ws.ops, 'gradients'),
    inputGradient: {
      channels: net.input[0],
      height: net.input[1],
      width: net.input[2],
      data: ws.grads[0]!,
    },
    outputGradients: net.shapes.map(([channels, height, width], i) => ({
      channels,
      height,
      width,
      data: ws.grads[i + 1]!,
    })),
  };
}
