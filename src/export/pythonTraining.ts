import { networkToJson, tensorToArrays, type Network } from '../core';
import { epochOrder, stepsPerEpoch, trainData } from '../train/trainData';
import { trainerOptions, type TrainSettings } from '../train/trainSettings';

/** A training run as the page made it: where it started, its settings, how far it went. */
export interface TrainingExport {
  /** The network the run started from (after a fresh start's random weights). */
  readonly start: Network;
  /** Its conv2d layers, block 1 first: their biases stay fixed. */
  readonly convLayers: readonly number[];
  readonly settings: TrainSettings;
  /** Steps to run. */
  readonly steps: number;
  /**
   * The run's step count at `start` (default 0): a run whose settings changed goes on from
   * its weights with a fresh optimizer, at its place in the epochs; the export starts there.
   */
  readonly firstStep?: number;
}

const json = (v: unknown): string => JSON.stringify(v);

/**
 * The run as a PyTorch program (float64, torch.optim): the same initial weights, the same
 * generated examples in the same order (the epochs' shuffles are written out), the same
 * optimizer and settings, conv biases with requires_grad False as on the page. It prints the
 * loss of every step (as the page's loss curve), or with `--json` one object
 * {"losses", "weights"} for a test to compare.
 */
export function trainingPython(run: TrainingExport): string {
  const { start, convLayers, settings, steps, firstStep = 0 } = run;
  const [channels, height, width] = start.input;
  const { seed, trainCount, testCount, drawings } = settings;
  const data = trainData(height, width, seed, trainCount, testCount, drawings, channels);
  if (data === null) throw new RangeError('trainingPython: the picture must be 7x7 to 64x64');
  const n = data.train.length;
  const epochs = Math.ceil((firstStep + steps) / stepsPerEpoch(n, settings.batchSize));
  const orders = Array.from({ length: epochs }, (_, e) => epochOrder(n, settings.seed, e));
  const options = trainerOptions(settings, convLayers);
  const optimizer =
    options.optimizer === 'adam'
      ? `torch.optim.Adam(learned, lr=${options.learningRate}, weight_decay=${settings.weightDecay})`
      : `torch.optim.SGD(learned, lr=${options.learningRate}, momentum=${options.momentum ?? 0}, weight_decay=${settings.weightDecay})`;
  return `# CNN Playground: the training run of the page, in PyTorch (float64).
# The same initial weights, the same ${n} generated pictures in the same order, the same
# optimizer: it prints the same loss curve as the page (within 1e-9) and ends on the same
# weights. Run: python3 training.py   (or: python3 training.py --json)
import json
import sys

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
DTYPE = torch.float64

NETWORK = json.loads(${json(json(networkToJson(start)))})
# The training pictures (${height}x${width}, +1 the stroke) and their classes (0 = X, 1 = O).
PICTURES = ${json(data.train.map((e) => tensorToArrays(e.input)))}
LABELS = ${json(data.train.map((e) => e.label))}
# The order of the pictures in each epoch (the page's seeded shuffles, seed ${settings.seed}).
EPOCH_ORDERS = ${json(orders)}
BATCH_SIZE = ${settings.batchSize}
FIRST_STEP = ${firstStep}  # the page's step count where this program starts
STEPS = ${steps}
FROZEN = ${json(options.freeze ?? [])}  # layers that do not learn
FIXED_BIASES = ${json(options.fixedBiases ?? [])}  # the page's shared conv biases: settings


def run(x, params):
    """The logits of a batch x (N x C x H x W), layer by layer as the page computes them."""
    for layer, p in zip(NETWORK["layers"], params):
        kind = layer["type"]
        if kind == "conv2d":
            x = F.conv2d(
                x,
                p["weight"],
                stride=layer.get("stride", 1),
                padding=layer.get("padding", 0),
                dilation=layer.get("dilation", 1),
            ) / layer.get("divisor", 1) + p["bias"].view(-1, 1, 1)
        elif kind == "pad":
            sides = (layer["left"], layer["right"], layer["top"], layer["bottom"])
            x = F.pad(x, sides, mode="constant", value=layer.get("value", 0))
        elif kind == "maxPool2d":
            x = F.max_pool2d(x, layer["size"], stride=layer.get("stride", layer["size"]))
        elif kind == "avgPool2d":
            x = F.avg_pool2d(x, layer["size"], stride=layer.get("stride", layer["size"]))
        elif kind == "relu":
            x = F.relu(x)
        elif kind == "leakyRelu":
            x = F.leaky_relu(x, negative_slope=layer.get("slope", 0.01))
        elif kind == "sigmoid":
            x = torch.sigmoid(x)
        elif kind == "tanh":
            x = torch.tanh(x)
        elif kind == "flatten":
            x = torch.flatten(x, 1)
        elif kind == "linear":
            x = F.linear(x, p["weight"], p["bias"])
    return x


params, learned = [], []
for i, layer in enumerate(NETWORK["layers"]):
    if layer["type"] not in ("conv2d", "linear"):
        params.append(None)
        continue
    weight = torch.tensor(layer["weight"], dtype=DTYPE, requires_grad=i not in FROZEN)
    learns_bias = i not in FROZEN and i not in FIXED_BIASES
    bias = torch.tensor(layer["bias"], dtype=DTYPE, requires_grad=learns_bias)
    params.append({"weight": weight, "bias": bias})
    learned += [weight] if i not in FROZEN else []
    learned += [bias] if learns_bias else []

optimizer = ${optimizer}
pictures = torch.tensor(PICTURES, dtype=DTYPE)
labels = torch.tensor(LABELS)
per_epoch = -(-len(LABELS) // BATCH_SIZE)
losses = []
for step in range(FIRST_STEP, FIRST_STEP + STEPS):
    epoch, k = divmod(step, per_epoch)
    batch = torch.tensor(EPOCH_ORDERS[epoch][k * BATCH_SIZE : (k + 1) * BATCH_SIZE])
    optimizer.zero_grad()
    loss = F.cross_entropy(run(pictures[batch], params), labels[batch])
    loss.backward()
    optimizer.step()
    losses.append(loss.item())
    if "--json" not in sys.argv:
        print(f"step {step + 1:5d}  loss {loss.item()!r}")

if "--json" in sys.argv:
    weights = [
        None if p is None else {k: p[k].detach().reshape(-1).tolist() for k in ("weight", "bias")}
        for p in params
    ]
    print(json.dumps({"losses": losses, "weights": weights}))
`;
}
