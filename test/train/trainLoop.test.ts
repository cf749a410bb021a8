import { describe, expect, it } from 'vitest';
import { networkToJson } from '../../src/core';
import { seedState } from '../../src/state';
import { createTrainLoop } from '../../src/train/trainLoop';
import type { TrainReport } from '../../src/train/trainProtocol';
import { DEFAULT_TRAIN_SETTINGS } from '../../src/train/trainSettings';
import { pageNetwork } from './helpers';

const { net, convLayers } = pageNetwork();
const blank = (n: number) => ({ height: n, width: n, data: new Float64Array(n * n).fill(-1) });
const settings = { ...DEFAULT_TRAIN_SETTINGS, trainCount: 20, testCount: 10 };

/** A loop on a clock that advances 1 ms a reading, its breaks queued by hand. */
function harness() {
  const reports: TrainReport[] = [];
  const queue: (() => void)[] = [];
  let time = 0;
  const loop = createTrainLoop({
    post: (r) => reports.push(r),
    now: () => (time += 1),
    later: (fn) => queue.push(fn),
    sliceMs: 5,
    reportMs: 10,
  });
  const start = { type: 'start', network: networkToJson(net), convLayers, settings } as const;
  return { reports, queue, loop, start };
}

const progress = (r: TrainReport | undefined) => {
  if (r?.type !== 'progress') throw new Error(`progress expected, got ${JSON.stringify(r)}`);
  return r;
};

describe('the training loop', () => {
  it('reports after a start, and one step after a step command', () => {
    const { reports, loop, start } = harness();
    loop.handle({ ...start, fresh: false });
    expect(progress(reports[0]).step).toBe(0);
    loop.handle({ type: 'step' });
    const after = progress(reports[1]);
    expect(after.step).toBe(1);
    expect(after.losses).toHaveLength(1);
    expect(after.running).toBe(false);
    expect(after.weights).toHaveLength(net.layers.length);
  });

  it('plays in slices until paused, handing over every step loss once', () => {
    const { reports, queue, loop, start } = harness();
    loop.handle({ ...start, fresh: true });
    loop.handle({ type: 'play' });
    for (let i = 0; i < 6; i++) queue.shift()!();
    loop.handle({ type: 'pause' });
    const last = progress(reports.at(-1));
    expect(last.running).toBe(false);
    const handed = reports.flatMap((r) => (r.type === 'progress' ? r.losses : []));
    expect(handed).toHaveLength(last.step);
    expect(last.step).toBeGreaterThan(6);
    // Paused: the queued slice takes no step.
    queue.shift()?.();
    expect(progress(reports.at(-1)).step).toBe(last.step);
  });

  it('while playing, ends every slice at a due report when slices are as long as reports', () => {
    const reports: TrainReport[] = [];
    const queue: (() => void)[] = [];
    let time = 0;
    const loop = createTrainLoop({
      post: (r) => reports.push(r),
      now: () => (time += 1),
      later: (fn) => queue.push(fn),
      sliceMs: 10,
      reportMs: 10,
    });
    loop.handle({ type: 'start', network: networkToJson(net), convLayers, settings, fresh: true });
    loop.handle({ type: 'play' });
    const before = reports.length;
    for (let i = 0; i < 5; i++) queue.shift()!();
    expect(reports.length - before).toBe(5);
    expect(
      reports.slice(before).every((r) => progress(r).running && progress(r).losses.length > 0),
    ).toBe(true);
  });

  it('reports every reportMs while playing (the worker: 40 ms, 25 a second), slices ending there', () => {
    const at: number[] = [];
    const queue: (() => void)[] = [];
    let time = 0;
    const loop = createTrainLoop({
      post: (r) => {
        if (r.type === 'progress' && r.running) at.push(time);
      },
      // A millisecond a reading: about a millisecond a step.
      now: () => (time += 1),
      later: (fn) => queue.push(fn),
      sliceMs: 40,
      reportMs: 40,
    });
    loop.handle({ type: 'start', network: networkToJson(net), convLayers, settings, fresh: true });
    loop.handle({ type: 'play' });
    for (let i = 0; i < 20; i++) queue.shift()!();
    expect(at).toHaveLength(21);
    const gaps = at.slice(1).map((t, i) => t - at[i]!);
    // A step past the due time at most (and the accuracy's clock readings before posting),
    // however long the accuracy took: 20 reports a second and more.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(38);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(45);
  });

  it('gives the same weights, bit for bit, played in slices as taken one step at a time', () => {
    const played = harness();
    played.loop.handle({ ...played.start, fresh: true });
    played.loop.handle({ type: 'play' });
    for (let i = 0; i < 4; i++) played.queue.shift()!();
    played.loop.handle({ type: 'pause' });
    const last = progress(played.reports.at(-1));
    const stepped = harness();
    stepped.loop.handle({ ...stepped.start, fresh: true });
    for (let s = 0; s < last.step; s++) stepped.loop.handle({ type: 'step' });
    const one = progress(stepped.reports.at(-1));
    expect(one.step).toBe(last.step);
    expect(one.weights).toEqual(last.weights);
    const losses = (h: typeof played) =>
      h.reports.flatMap((r) => (r.type === 'progress' ? r.losses : []));
    expect(losses(stepped)).toEqual(losses(played));
  });

  it('stops playing at a diverging loss and reports the problem', () => {
    const { reports, queue, loop, start } = harness();
    loop.handle({
      ...start,
      settings: { ...settings, optimizer: 'sgd', learningRate: 1e6, learns: 'all' },
      fresh: true,
    });
    loop.handle({ type: 'play' });
    while (queue.length > 0) queue.shift()!();
    const last = progress(reports.at(-1));
    expect(last.running).toBe(false);
    // The weights kept are those of the last finite loss, one step before the problem.
    expect(last.problem?.step).toBe(last.step + 1);
    expect(last.weights.every((w) => w === null || w.weight.every(Number.isFinite))).toBe(true);
  });

  it('says why a run cannot start on a picture too small for generated examples', () => {
    const { reports, loop } = harness();
    const small = pageNetwork({ ...seedState(), input: blank(5) });
    loop.handle({
      type: 'start',
      network: networkToJson(small.net),
      convLayers: small.convLayers,
      settings,
      fresh: false,
    });
    expect(reports).toEqual([
      { type: 'failed', message: 'the picture must be 7x7 to 64x64 to train' },
    ]);
  });
});
