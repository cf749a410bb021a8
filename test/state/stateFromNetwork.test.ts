import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkToJson, parseNetwork, type LayerJson, type NetworkJson } from '../../src/core';
import { seedState, type AppState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { stateFromNetwork } from '../../src/state/stateFromNetwork';
import { PAGE_STATES } from './stateFromNetworkArbitraries';

function pageNetwork(s: AppState) {
  const made = decisionNetwork(s);
  if ('problem' in made) throw new Error('the state makes no network');
  return made.network;
}

/** The parts of a state a network file holds, comparable with toEqual. */
function held(s: AppState) {
  const rows = (m: { data: Float64Array }) => Array.from(m.data);
  return {
    kernels: s.kernels.map(rows),
    config: s.config,
    blocks: s.blocks.map((b) => ({ ...b, kernels: b.kernels.map((k) => k.map(rows)) })),
    classes: s.classes,
    votes: s.votes,
    size: [s.input.height, s.input.width],
  };
}

/** The seed's network file with `edit` applied to a copy. */
function seedFile(edit: (json: NetworkJson) => void): NetworkJson {
  const json = structuredClone(networkToJson(pageNetwork(seedState())));
  edit(json);
  // Votes of the size the edited blocks give, so that the file stays valid.
  const linear = json.layers.at(-1);
  if (linear?.type !== 'linear') return json;
  try {
    const features = parseNetwork({ input: json.input, layers: json.layers.slice(0, -1) });
    const n = features.shapes.at(-1)![0];
    linear.weight = linear.weight.map((row) => (row.length === n ? row : zeros(n)));
  } catch {
    // the edit itself makes the file invalid: the test says so
  }
  return json;
}

function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

function problemOf(json: NetworkJson, base = seedState()): string {
  const result = stateFromNetwork(parseNetwork(json), base);
  if (!('problem' in result)) throw new Error('the page took the network');
  return result.problem;
}

describe('stateFromNetwork', () => {
  it("gives back the seed's state for the seed's network, its votes still derived", () => {
    const seed = seedState();
    const back = stateFromNetwork(pageNetwork(seed), seed);
    expect('problem' in back).toBe(false);
    expect(held(back as AppState)).toEqual(held(seed));
    expect((back as AppState).votes).toBe(null);
  });

  it("reproduces a page's kernels, settings, blocks, classes and votes from its network", () => {
    fc.assert(
      fc.property(PAGE_STATES, (s) => {
        const back = stateFromNetwork(pageNetwork(s), s);
        expect('problem' in back ? back.problem : null).toBe(null);
        expect(held(back as AppState)).toEqual(held(s));
      }),
      { numRuns: 100 },
    );
  });

  it('makes the same network again from the state it gives', () => {
    fc.assert(
      fc.property(PAGE_STATES, (s) => {
        const json = networkToJson(pageNetwork(s));
        const back = stateFromNetwork(parseNetwork(json), seedState()) as AppState;
        expect(networkToJson(pageNetwork(back))).toEqual(json);
      }),
      { numRuns: 100 },
    );
  });

  it("resizes the page's picture to the file's input and keeps its display and language", () => {
    const base = { ...seedState('zh'), display: { ...seedState().display, showValues: true } };
    // 11x11 -> 9x9 feature maps -> the zero row and column -> 10x10 -> 5x5 pooled, 75 votes.
    const weight = [new Array<number>(75).fill(0.5), new Array<number>(75).fill(-0.5)];
    const json = seedFile((j) => {
      j.input = [1, 11, 11];
      j.layers[5] = { type: 'linear', weight, bias: [1, 2] };
    });
    const back = stateFromNetwork(parseNetwork(json), base) as AppState;
    expect([back.input.height, back.input.width]).toEqual([11, 11]);
    expect(back.language).toBe('zh');
    expect(back.display.showValues).toBe(true);
    expect(back.votes).toEqual({ weight, bias: [1, 2] });
  });

  it('names the class names X, O, 3 for a file of three classes without names', () => {
    const json = seedFile((j) => {
      delete j.classes;
      const linear = j.layers[5] as Extract<LayerJson, { type: 'linear' }>;
      linear.weight.push(new Array<number>(48).fill(0));
      linear.bias.push(0);
    });
    expect((stateFromNetwork(parseNetwork(json), seedState()) as AppState).classes).toEqual([
      'X',
      'O',
      '3',
    ]);
  });

  describe('refuses, naming the layer and why', () => {
    const cases: [string, (j: NetworkJson) => void, string][] = [
      [
        'a block without its activation',
        (j) => j.layers.splice(1, 2),
        'layers[1] is a maxPool2d layer, where the page needs an activation (relu, leakyRelu, sigmoid or tanh) after the convolution.',
      ],
      [
        'an activation after the pooling',
        (j) => j.layers.splice(4, 0, { type: 'relu' }),
        'layers[4] is a relu layer, where the page needs a conv2d layer (each block starts with one).',
      ],
      [
        'a file that starts with flatten',
        (j) => {
          j.layers = [
            { type: 'flatten' },
            { type: 'linear', weight: [zeros(81), zeros(81)], bias: [0, 0] },
          ];
        },
        'layers[0] is a flatten layer, where the page needs a conv2d layer (each block starts with one).',
      ],
      [
        'a fourth block',
        (j) => {
          const block = (): LayerJson[] => [
            {
              type: 'conv2d',
              weight: [[[[1]]], [[[1]]], [[[1]]]].map((k) => [k[0]!, k[0]!, k[0]!]),
              bias: [0, 0, 0],
            },
            { type: 'relu' },
            { type: 'maxPool2d', size: 1 },
          ];
          j.layers.splice(4, 0, ...block(), ...block(), ...block());
        },
        'layers[10]: the page shows at most 3 blocks (conv, activation, pooling); this is block 4.',
      ],
      [
        'nine kernels',
        (j) => {
          const conv = j.layers[0] as Extract<LayerJson, { type: 'conv2d' }>;
          for (let k = 3; k < 9; k++) {
            conv.weight.push(conv.weight[0]!);
            conv.bias.push(0);
          }
          const linear = j.layers[5] as Extract<LayerJson, { type: 'linear' }>;
          linear.weight = [zeros(144), zeros(144)];
        },
        'layers[0].weight: the page shows 1 to 8 kernels a block, this layer has 9.',
      ],
      [
        '7x7 kernels',
        (j) => {
          j.input = [1, 13, 13];
          const seven = Array.from({ length: 7 }, () => zeros(7));
          j.layers[0] = { type: 'conv2d', weight: [[seven]], bias: [0], divisor: 1 };
          j.layers[5] = { type: 'linear', weight: [zeros(16), zeros(16)], bias: [0, 0] };
        },
        "layers[0].weight: the page's kernels are 1x1 to 5x5, these are 7x7.",
      ],
      [
        'a colour input',
        (j) => {
          j.input = [3, 9, 9];
          const conv = j.layers[0] as Extract<LayerJson, { type: 'conv2d' }>;
          conv.weight = conv.weight.map((k) => [k[0]!, k[0]!, k[0]!]);
        },
        "input: the page's picture has 1 channel, the file's input has 3.",
      ],
      [
        'one class',
        (j) => {
          const linear = j.layers[5] as Extract<LayerJson, { type: 'linear' }>;
          linear.weight.pop();
          linear.bias.pop();
          j.classes = ['X'];
        },
        'layers[5].weight: the page decides between at least 2 classes, this layer has 1.',
      ],
      [
        'two activations',
        (j) => j.layers.splice(2, 0, { type: 'tanh' }),
        'layers[2] is a tanh layer, where the page needs maxPool2d or avgPool2d (a block ends with pooling).',
      ],
      [
        'biases that differ',
        (j) => ((j.layers[0] as { bias: number[] }).bias = [0, 0.5, 0]),
        'layers[0].bias: the page has one bias for all kernels of a block, these differ.',
      ],
      [
        'a divisor of 4',
        (j) => ((j.layers[0] as { divisor: number }).divisor = 4),
        "layers[0].divisor: the page divides by 1 or by the kernel's 9 cells, not by 4.",
      ],
      [
        'a pad of the top row',
        (j) => (j.layers[2] = { type: 'pad', top: 1, right: 0, bottom: 0, left: 0 }),
        "layers[2]: the page pads only with the zero rows at the bottom and columns at the right that pooling's edge needs.",
      ],
      [
        'a stride of 4',
        (j) => ((j.layers[0] as { stride: number }).stride = 4),
        'layers[0].stride: the page offers 1 to 3, the file has 4.',
      ],
      [
        'a leaky ReLU of slope 0.2',
        (j) => (j.layers[1] = { type: 'leakyRelu', slope: 0.2 }),
        "layers[1].slope: the page's leaky ReLU has slope 0.01, the file's 0.2.",
      ],
    ];
    for (const [name, edit, message] of cases) {
      it(`refuses ${name}`, () => expect(problemOf(seedFile(edit))).toBe(message));
    }
  });
});
