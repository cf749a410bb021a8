import fc from 'fast-check';
import type { ActivationKind, Matrix, PoolEdge } from '../../src/core';
import { seedState, type AppState } from '../../src/state';
import type { Block } from '../../src/state/block';
import { decisionNetwork } from '../../src/state/decisionNetwork';

const WEIGHT = fc.constantFrom(-1, 0, 1, 0.5, -0.25, 2);

function kernel(height: number, width: number): fc.Arbitrary<Matrix> {
  return fc
    .array(WEIGHT, { minLength: height * width, maxLength: height * width })
    .map((values) => ({ height, width, data: Float64Array.from(values) }));
}

const CONV = fc.record({
  stride: fc.integer({ min: 1, max: 2 }),
  padding: fc.integer({ min: 0, max: 2 }),
  dilation: fc.integer({ min: 1, max: 2 }),
  bias: fc.constantFrom(0, 0.5, -1),
  normalize: fc.boolean(),
});

const POOL = fc.record({
  kind: fc.constantFrom('max' as const, 'avg' as const),
  size: fc.integer({ min: 1, max: 3 }),
  stride: fc.integer({ min: 1, max: 3 }),
  edge: fc.constantFrom<PoolEdge>('pad', 'drop', 'ceil'),
});

const ACTIVATION = fc.constantFrom<ActivationKind>('relu', 'leakyRelu', 'sigmoid', 'tanh');

/** A block whose kernels have `channels` slices: 1 to 3 kernels of one size up to 3x3. */
function block(channels: number): fc.Arbitrary<Block> {
  return fc
    .record({
      count: fc.integer({ min: 1, max: 3 }),
      height: fc.integer({ min: 1, max: 3 }),
      width: fc.integer({ min: 1, max: 3 }),
    })
    .chain(({ count, height, width }) =>
      fc.record({
        kernels: fc.array(
          fc.array(kernel(height, width), { minLength: channels, maxLength: channels }),
          {
            minLength: count,
            maxLength: count,
          },
        ),
        conv: CONV,
        pool: POOL,
        activation: ACTIVATION,
      }),
    );
}

/** Votes for `n` features of `classes` classes, from a seed: exact, varied numbers. */
function votesFor(classes: number, n: number, seed: number) {
  const v = (c: number, i: number) => (((seed + 31 * c + 7 * i) % 41) - 20) / 8;
  return {
    weight: Array.from({ length: classes }, (_, c) => Array.from({ length: n }, (_, i) => v(c, i))),
    bias: Array.from({ length: classes }, (_, c) => v(c, -1)),
  };
}

/**
 * Varied page states that make a decision: a picture of 5x5 to 14x14, one to three blocks,
 * two or three classes, votes derived or edited. States whose settings make no network
 * (a window that does not fit) are left out.
 */
export const PAGE_STATES: fc.Arbitrary<AppState> = fc
  .record({
    height: fc.integer({ min: 5, max: 14 }),
    width: fc.integer({ min: 5, max: 14 }),
    first: block(1),
    later: fc.integer({ min: 0, max: 2 }),
    order: fc.constantFrom('branch' as const, 'chain' as const),
    classes: fc.constantFrom(['X', 'O'], ['X', 'O', 'blank'], ['cat', 'dog']),
    votes: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
    picture: fc.integer({ min: 0, max: 1000 }),
  })
  .chain((r) => {
    const channelsAfter = r.first.kernels.length;
    const second = r.later >= 1 ? block(channelsAfter).map((b) => [b]) : fc.constant([] as Block[]);
    return second.chain((blocks) => {
      const third =
        r.later >= 2 && blocks[0]
          ? block(blocks[0].kernels.length).map((b) => [...blocks, b])
          : fc.constant(blocks);
      return third.map((all) => ({ ...r, blocks: all }));
    });
  })
  .map((r): AppState => {
    const data = Float64Array.from({ length: r.height * r.width }, (_, i) =>
      (r.picture * 13 + i * 7) % 5 < 2 ? 1 : -1,
    );
    const state: AppState = {
      ...seedState(),
      input: { height: r.height, width: r.width, data },
      kernels: r.first.kernels.map((slices) => slices[0]!),
      config: {
        conv: r.first.conv,
        pool: r.first.pool,
        activation: r.first.activation,
        order: r.order,
      },
      blocks: r.blocks,
      classes: r.classes,
    };
    if (r.votes === null) return state;
    const made = decisionNetwork(state);
    if ('problem' in made) return state;
    const n = made.network.shapes.at(-2)![0];
    return { ...state, votes: votesFor(r.classes.length, n, r.votes) };
  })
  .filter((s) => !('problem' in decisionNetwork(s)));
