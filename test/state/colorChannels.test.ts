import { describe, expect, it } from 'vitest';
import {
  classify,
  fromRows,
  runPipeline,
  runPipelineChannels,
  SEED_X,
  toRows,
  type Matrix,
} from '../../src/core';
import {
  decodeLink,
  encodeLink,
  reducer,
  resizeKernel,
  seedState,
  type AppState,
} from '../../src/state';
import {
  kernelStacks,
  pictureChannels,
  pictureGray,
  pictureTensor,
} from '../../src/state/colorChannels';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { trainData } from '../../src/train/trainData';

/** The seed's X in colour: red as the seed, green its negative, blue a ramp of 255 levels. */
function colorSeed(): AppState {
  const green = { ...SEED_X, data: SEED_X.data.map((v) => -v) };
  const blue = { ...SEED_X, data: SEED_X.data.map((_, i) => (2 * i) / 80 - 1) };
  return reducer(seedState(), { type: 'setColorInput', channels: [SEED_X, green, blue] });
}

const rows = (m: Matrix | undefined) => toRows(m!);

describe('a colour picture in the state', () => {
  it('keeps its red channel in input, the others beside it, and gives every kernel three slices', () => {
    const s = colorSeed();
    expect(s.input).toBe(SEED_X);
    expect(rows(s.color?.green)[0]![0]).toBe(1);
    expect(s.color?.slices).toHaveLength(3);
    const stacks = kernelStacks(s);
    stacks.forEach((stack, k) => {
      expect(stack).toHaveLength(3);
      // A gray page's kernel becomes the same kernel on every channel.
      stack.forEach((slice) => expect(rows(slice)).toEqual(rows(s.kernels[k])));
    });
    expect(pictureChannels(s)).toHaveLength(3);
    const t = pictureTensor(s);
    expect([t.channels, t.height, t.width]).toEqual([3, 9, 9]);
    expect(t.data[81]).toBe(-SEED_X.data[0]!);
    expect(t.data[162 + 80]).toBe(1);
  });

  it('refuses channels of different sizes', () => {
    const state = seedState();
    const small = fromRows([[1]]);
    expect(reducer(state, { type: 'setColorInput', channels: [SEED_X, small, SEED_X] })).toBe(
      state,
    );
  });

  it('draws, inverts and resizes every channel alike; a click flips by the red channel', () => {
    const s = colorSeed();
    const painted = reducer(s, { type: 'paint', cells: [{ row: 0, col: 1 }], value: 1 });
    expect(
      [painted.input, painted.color!.green, painted.color!.blue].map((m) => m.data[1]),
    ).toEqual([1, 1, 1]);
    // The seed's corner is -1 in red (and +1 in green): a flip paints +1 in every channel.
    const flipped = reducer(s, { type: 'flip', cell: { row: 0, col: 0 } });
    expect(
      [flipped.input, flipped.color!.green, flipped.color!.blue].map((m) => m.data[0]),
    ).toEqual([1, 1, 1]);
    const inverted = reducer(s, { type: 'invert' });
    expect(inverted.color!.blue.data[80]).toBe(-1);
    const resized = reducer(s, { type: 'resizeInput', height: 12, width: 10 });
    expect(
      [resized.input, resized.color!.green, resized.color!.blue].map((m) => [m.height, m.width]),
    ).toEqual([
      [12, 10],
      [12, 10],
      [12, 10],
    ]);
  });

  it('edits one slice of a kernel, and only that one', () => {
    const s = colorSeed();
    const next = reducer(s, { type: 'setWeight', k: 1, index: 4, value: 0.5, channel: 2 });
    expect(next.kernels).toBe(s.kernels);
    expect(next.color!.slices[1]![0]).toBe(s.color!.slices[1]![0]);
    expect(next.color!.slices[1]![1].data[4]).toBe(0.5);
    const cycled = reducer(s, { type: 'cycleWeight', k: 0, index: 0, channel: 1 });
    // The seed's first kernel starts with +1: cycling goes on to -1.
    expect(s.color!.slices[0]![0].data[0]).toBe(1);
    expect(cycled.color!.slices[0]![0].data[0]).toBe(-1);
    expect(reducer(s, { type: 'setWeight', k: 0, index: 0, value: 1, channel: 3 })).toBe(s);
  });

  it('adds a kernel on every channel, removes a kernel with its slices, and a preset fills all three', () => {
    const s = colorSeed();
    const kernel = fromRows([
      [0, 1, 0],
      [1, 1, 1],
      [0, 1, 0],
    ]);
    const added = reducer(s, { type: 'addKernel', kernel });
    expect(added.color!.slices).toHaveLength(4);
    expect(rows(added.color!.slices[3]![1])).toEqual(rows(kernel));
    const removed = reducer(added, { type: 'removeKernel', k: 0 });
    expect(removed.color!.slices).toHaveLength(3);
    expect(removed.color!.slices[0]).toBe(s.color!.slices[1]);
    const replaced = reducer(s, { type: 'setKernel', k: 2, kernel: fromRows([[2]]) });
    expect(rows(replaced.color!.slices[2]![0])).toEqual([[2]]);
    // A new size (the size choice) resizes every slice, keeping each its own weights.
    const edited = reducer(s, { type: 'setWeight', k: 0, index: 4, value: 0.5, channel: 1 });
    const bigger = reducer(edited, {
      type: 'setKernel',
      k: 0,
      kernel: resizeKernel(edited.kernels[0]!, 5),
    });
    expect(rows(bigger.color!.slices[0]![0])).toEqual(
      rows(resizeKernel(edited.color!.slices[0]![0], 5)),
    );
    expect(bigger.color!.slices[0]![0].data[12]).toBe(0.5);
    expect(bigger.color!.slices[0]![1].data[12]).toBe(1);
  });

  it('a drawing added from a colour picture is its gray', () => {
    const s = colorSeed();
    const next = reducer(s, { type: 'addDrawing', label: 0 });
    expect(next.drawings[0]!.input.data).toEqual(pictureGray(s).data);
    // 0.2126 · (-1) + 0.7152 · 1 + 0.0722 · (-1) at the top-left corner.
    expect(pictureGray(s).data[0]).toBeCloseTo(-0.2126 + 0.7152 - 0.0722, 15);
  });

  it('back to gray: the picture is its gray and each kernel the mean of its slices, so a gray picture keeps its maps', () => {
    const s = colorSeed();
    const gray = reducer(
      reducer(s, { type: 'setColorInput', channels: [SEED_X, SEED_X, SEED_X] }),
      {
        type: 'toGray',
      },
    );
    expect(gray.color).toBeNull();
    expect(rows(gray.input)).toEqual(rows(SEED_X));
    expect(gray.kernels.map(rows)).toEqual(s.kernels.map(rows));
    // A gray picture imported on a colour page makes it gray.
    expect(reducer(s, { type: 'setInput', input: SEED_X }).color).toBeNull();
    expect(reducer(s, { type: 'reset' }).color).toBeNull();
  });

  it("the page's maps are the sum over the channels (runPipelineChannels) and differ from the red's alone", () => {
    const s = colorSeed();
    const maps = runPipelineChannels(pictureChannels(s), kernelStacks(s), s.config);
    const red = runPipeline(s.input, s.kernels, s.config);
    expect(rows(maps[0]!.feature.map!)).not.toEqual(rows(red[0]!.feature.map!));
  });
});

describe('a colour picture in the link', () => {
  it('is written as rgb= and opens with the same channels and slices', () => {
    const s = reducer(colorSeed(), { type: 'setWeight', k: 1, index: 4, value: 0.25, channel: 2 });
    const link = encodeLink(s);
    expect(link).toContain('&rgb=');
    const back = decodeLink(link);
    expect(back.problems).toEqual([]);
    expect(rows(back.state.color!.blue)).toEqual(rows(s.color!.blue));
    expect(back.state.color!.slices.map((p) => p.map(rows))).toEqual(
      s.color!.slices.map((p) => p.map(rows)),
    );
    expect(encodeLink(back.state)).toBe(link);
  });

  it('a gray page writes no rgb=, and a damaged one is named while the gray picture opens', () => {
    expect(encodeLink(seedState())).not.toContain('rgb=');
    const link = encodeLink(colorSeed());
    const damaged = link.replace(/rgb=[^&]*/, (part) => part.slice(0, part.length - 9));
    const { state, problems } = decodeLink(damaged);
    expect(problems).toEqual(['color']);
    expect(state.color).toBeNull();
    expect(rows(state.input)).toEqual(rows(SEED_X));
  });
});

describe('the network of a colour page', () => {
  it('reads three channels, its first layer has three slices per kernel, and it decides on the tensor', () => {
    const s = colorSeed();
    const made = decisionNetwork(s);
    if (!('network' in made)) throw new Error('no network');
    expect(made.network.input).toEqual([3, 9, 9]);
    const conv = made.network.layers[0]!;
    expect(conv.type === 'conv2d' && conv.inChannels).toBe(3);
    const { probabilities } = classify(made.network, pictureTensor(s));
    expect(probabilities[0]! + probabilities[1]!).toBeCloseTo(1, 15);
  });

  it('on a gray picture in colour, decides exactly as the gray page (the seed X: the same probabilities)', () => {
    const gray = seedState();
    const colored = reducer(gray, { type: 'setColorInput', channels: [SEED_X, SEED_X, SEED_X] });
    const a = decisionNetwork(gray);
    const b = decisionNetwork(colored);
    if (!('network' in a) || !('network' in b)) throw new Error('no network');
    expect(b.votes).toBe('learned');
    const pa = classify(a.network, pictureTensor(gray)).probabilities;
    const pb = classify(b.network, pictureTensor(colored)).probabilities;
    expect(Array.from(pb)).toEqual(Array.from(pa));
  });

  it('learns from the generated pictures with three equal channels', () => {
    const data = trainData(9, 9, 1, 4, 2, [], 3)!;
    const e = data.train[0]!;
    expect(e.input.channels).toBe(3);
    expect(e.input.data.subarray(81, 162)).toEqual(e.input.data.subarray(0, 81));
    expect(data.test[0]!.input.channels).toBe(3);
  });
});
