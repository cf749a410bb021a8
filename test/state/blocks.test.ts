import { describe, expect, it } from 'vitest';
import { forward, fromRows, SEED_X, tensorFromMatrix, toRows } from '../../src/core';
import { createStore, reducer, seedState, type Action, type AppState } from '../../src/state';
import { defaultBlock, MAX_BLOCKS } from '../../src/state/block';
import { decisionNetwork } from '../../src/state/decisionNetwork';

const run = (state: AppState, ...actions: Action[]) => actions.reduce(reducer, state);

describe('blocks after the first', () => {
  it('addBlock adds a block with one kernel per channel of the block before, up to three blocks', () => {
    const two = run(seedState(), { type: 'addBlock' });
    expect(two.blocks).toHaveLength(1);
    expect(two.blocks[0]).toEqual(defaultBlock(3));
    expect(two.blocks[0]!.kernels.map((k) => k.length)).toEqual([3, 3, 3]);
    const three = run(two, { type: 'addBlock' });
    expect(three.blocks).toHaveLength(MAX_BLOCKS - 1);
    expect(run(three, { type: 'addBlock' })).toBe(three);
  });

  it("the default block's kernel k sums channel k over its 3x3 neighbourhood", () => {
    const [k0] = defaultBlock(2).kernels;
    expect(k0!.map(toRows)).toEqual([
      [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
      [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    ]);
  });

  it('a kernel added to block 1 gives every kernel of block 2 a zero slice for it', () => {
    const state = run(
      seedState(),
      { type: 'addBlock' },
      { type: 'addKernel', kernel: fromRows([[1]]) },
    );
    expect(state.blocks[0]!.kernels.map((k) => k.length)).toEqual([4, 4, 4]);
    expect(Array.from(state.blocks[0]!.kernels[0]![3]!.data)).toEqual(new Array(9).fill(0));
  });

  it("removing kernel k of block 1 removes slice k of block 2's kernels", () => {
    const state = run(seedState(), { type: 'addBlock' }, { type: 'removeKernel', k: 0 });
    // Kernel 1 of block 2 summed channel 1, now channel 0.
    expect(state.blocks[0]!.kernels[1]!.map((m) => m.data[0])).toEqual([1, 0]);
    expect(state.blocks[0]!.kernels[0]!.map((m) => m.data[0])).toEqual([0, 0]);
  });

  it('removing block 2 of three refits block 3 to the channels of block 1', () => {
    const three = run(
      seedState(),
      { type: 'addBlock' },
      { type: 'addBlockKernel', b: 2 },
      { type: 'addBlock' },
    );
    expect(three.blocks[1]!.kernels[0]).toHaveLength(4);
    const two = run(three, { type: 'removeBlock', b: 2 });
    expect(two.blocks).toHaveLength(1);
    expect(two.blocks[0]!.kernels).toHaveLength(4);
    expect(two.blocks[0]!.kernels.every((k) => k.length === 3)).toBe(true);
  });

  it('edits of a block change only that block and refuse what is out of range', () => {
    const two = run(seedState(), { type: 'addBlock' });
    const edited = run(
      two,
      { type: 'setBlockConv', b: 2, conv: { padding: 0, bias: -0.5 } },
      { type: 'setBlockPool', b: 2, pool: { kind: 'avg', edge: 'drop' } },
      { type: 'setBlockActivation', b: 2, activation: 'tanh' },
      { type: 'setBlockWeight', b: 2, k: 1, c: 2, index: 4, value: -2 },
    );
    const block = edited.blocks[0]!;
    expect(block.conv).toEqual({ stride: 1, padding: 0, dilation: 1, bias: -0.5, normalize: true });
    expect(block.pool).toEqual({ kind: 'avg', size: 2, stride: 2, edge: 'drop' });
    expect(block.activation).toBe('tanh');
    expect(block.kernels[1]![2]!.data[4]).toBe(-2);
    expect(edited.kernels).toBe(two.kernels);
    expect(run(two, { type: 'setBlockConv', b: 2, conv: { stride: 9 } })).toBe(two);
    expect(run(two, { type: 'setBlockConv', b: 3, conv: { stride: 2 } })).toBe(two);
    expect(run(two, { type: 'setBlockWeight', b: 2, k: 0, c: 3, index: 0, value: 1 })).toBe(two);
  });

  it('undo and redo cover adding a block and editing it', () => {
    const store = createStore(seedState());
    store.dispatch({ type: 'addBlock' });
    store.dispatch({ type: 'setBlockWeight', b: 2, k: 0, c: 0, index: 0, value: 0.5 });
    store.dispatch({ type: 'undo' });
    expect(store.getState().blocks[0]).toEqual(defaultBlock(3));
    store.dispatch({ type: 'undo' });
    expect(store.getState().blocks).toEqual([]);
    store.dispatch({ type: 'redo' });
    expect(store.getState().blocks).toHaveLength(1);
  });
});

describe('decisionNetwork with two blocks', () => {
  const two = run(seedState(), { type: 'addBlock' });

  it('reads block 2 from the pooled maps of block 1 and says where each block is', () => {
    const made = decisionNetwork(two);
    if ('problem' in made) throw new Error('a network expected');
    expect(made.blocks).toEqual([
      { conv: 0, activation: 1, pool: 3 },
      { conv: 4, activation: 5, pool: 6 },
    ]);
    // 9x9 -> conv 7x7 -> pad 8x8 -> pool 4x4 -> conv (padding 1) 4x4 -> pool 2x2; 3 maps.
    expect(made.network.shapes.map((s) => s.join('x'))).toEqual([
      '3x7x7',
      '3x7x7',
      '3x8x8',
      '3x4x4',
      '3x4x4',
      '3x4x4',
      '3x2x2',
      '12x1x1',
      '2x1x1',
    ]);
    expect(made.votes).toBe('prototype');
  });

  it("block 2's map k is the 3x3 sum of block 1's pooled map k, divided by the 27 cells, then ReLU", () => {
    const made = decisionNetwork(two);
    if ('problem' in made) throw new Error('a network expected');
    const outputs = forward(made.network, tensorFromMatrix(SEED_X));
    const pooled = outputs[3]!;
    const conv2 = outputs[4]!;
    const at = (t: typeof pooled, c: number, r: number, q: number) =>
      r < 0 || q < 0 || r >= t.height || q >= t.width
        ? 0
        : t.data[(c * t.height + r) * t.width + q]!;
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      for (let dr = -1; dr <= 1; dr++)
        for (let dq = -1; dq <= 1; dq++) sum += at(pooled, c, 1 + dr, 2 + dq);
      expect(at(conv2, c, 1, 2)).toBeCloseTo(sum / 27, 15);
    }
  });
});
