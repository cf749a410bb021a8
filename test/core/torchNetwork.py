# Rebuilds network files (src/core/networkTypes.ts) in PyTorch, float64, from the functional
# ops, and prints what test/core/network.torch.test.ts compares with the core: logits, the
# cross-entropy loss, every parameter's gradient and the input's gradient by autograd, and
# short training runs with torch.optim.SGD and torch.optim.Adam.
#
# Usage: python3 torchNetwork.py cases.json  (prints one JSON object on stdout)
# cases.json: {"gradients": [{"network", "input", "label"}],
#              "training": [{"network", "examples": [{"input", "label"}], "options"}]}
import json
import sys

import torch
import torch.nn.functional as F

torch.set_num_threads(1)
DTYPE = torch.float64


def parameters(network):
    """One {weight, bias} of leaf tensors per layer with weights, None for the others."""
    params = []
    for layer in network["layers"]:
        if layer["type"] in ("conv2d", "linear"):
            params.append(
                {
                    "weight": torch.tensor(layer["weight"], dtype=DTYPE, requires_grad=True),
                    "bias": torch.tensor(layer["bias"], dtype=DTYPE, requires_grad=True),
                }
            )
        else:
            params.append(None)
    return params


def run(network, params, x):
    """The logits of a batch x (N x C x H x W)."""
    for layer, p in zip(network["layers"], params):
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
        else:
            raise ValueError("unknown layer type " + kind)
    return x


def flat(t):
    return t.detach().reshape(-1).tolist()


def weights_of(params):
    return [None if p is None else {"weight": flat(p["weight"]), "bias": flat(p["bias"])} for p in params]


def gradients(case):
    network = case["network"]
    params = parameters(network)
    x = torch.tensor([case["input"]], dtype=DTYPE, requires_grad=True)
    logits = run(network, params, x)
    loss = F.cross_entropy(logits, torch.tensor([case["label"]]))
    loss.backward()
    return {
        "logits": flat(logits),
        "loss": loss.item(),
        "gradients": [
            None if p is None else {"weight": flat(p["weight"].grad), "bias": flat(p["bias"].grad)}
            for p in params
        ],
        "inputGradient": flat(x.grad),
    }


def training(case):
    network = case["network"]
    options = case["options"]
    params = parameters(network)
    frozen = set(options.get("freeze", []))
    learned = []
    for i, p in enumerate(params):
        if p is None:
            continue
        if i in frozen:
            p["weight"].requires_grad_(False)
            p["bias"].requires_grad_(False)
        else:
            learned += [p["weight"], p["bias"]]
    lr = options["learningRate"]
    decay = options.get("weightDecay", 0)
    if options["optimizer"] == "sgd":
        optimizer = torch.optim.SGD(
            learned, lr=lr, momentum=options.get("momentum", 0), weight_decay=decay
        )
    else:
        optimizer = torch.optim.Adam(
            learned,
            lr=lr,
            betas=(options.get("beta1", 0.9), options.get("beta2", 0.999)),
            eps=options.get("epsilon", 1e-8),
            weight_decay=decay,
        )
    examples = case["examples"]
    n = len(examples)
    batch_size = options["batchSize"]
    losses = []
    for s in range(options["steps"]):
        batch = [examples[(s * batch_size + j) % n] for j in range(batch_size)]
        x = torch.tensor([e["input"] for e in batch], dtype=DTYPE)
        labels = torch.tensor([e["label"] for e in batch])
        optimizer.zero_grad()
        loss = F.cross_entropy(run(network, params, x), labels)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return {"losses": losses, "weights": weights_of(params)}


def main():
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    result = {
        "gradients": [gradients(c) for c in cases["gradients"]],
        "training": [training(c) for c in cases["training"]],
    }
    print(json.dumps(result))


main()
