import { parseNetwork, type Network } from '../core';
import { createRun, freshNetwork, type TrainRun } from './trainRun';
import type { TrainCommand, TrainReport } from './trainProtocol';
import { weightsOf } from './trainedWeights';
import type { TrainSettings } from './trainSettings';

/** Where the loop runs: how it tells, reads the time and lets other work run. */
export interface LoopHost {
  post(report: TrainReport): void;
  /** Milliseconds, increasing. */
  now(): number;
  /** Runs `fn` after other queued work (messages, painting). */
  later(fn: () => void): void;
  /** Milliseconds of steps between two breaks; a report follows each slice when due. */
  readonly sliceMs: number;
  /** Least milliseconds between two reports while playing. */
  readonly reportMs: number;
}

/**
 * The training loop: it keeps one run, plays it in slices of `sliceMs` and reports at most
 * every `reportMs` (and after every command), so the page gets about 25 reports a second.
 * The same code runs in the worker and, when no worker starts, on the page.
 */
export function createTrainLoop(host: LoopHost): { handle(command: TrainCommand): void } {
  let run: TrainRun | null = null;
  let convLayers: readonly number[] = [];
  let settings: TrainSettings | null = null;
  let running = false;
  let scheduled = false;
  let losses: number[] = [];
  let lastReport = -Infinity;
  // Speed: steps and time over the slices since play, restarted every two seconds.
  let speed = { steps: 0, ms: 0, value: 0 };

  // Accuracy over the whole sets costs hundreds of forward passes: while playing it is measured
  // again only once the steps since took four times as long as measuring (at most a fifth of
  // the time goes to it); every report after a command has it for the last step.
  let accuracy = { train: 0, test: 0, step: -1, cost: 0, at: -Infinity };
  const evaluate = (): { train: number; test: number } => {
    const r = run!;
    const due = !running || host.now() - accuracy.at >= 4 * accuracy.cost;
    if (accuracy.step !== r.steps && due) {
      const t0 = host.now();
      const { train, test } = r.evaluate();
      const t1 = host.now();
      accuracy = { train, test, step: r.steps, cost: t1 - t0, at: t1 };
    }
    return accuracy;
  };

  const report = (): void => {
    if (run === null || settings === null) return;
    const { train, test } = evaluate();
    host.post({
      type: 'progress',
      step: run.steps,
      epochs: run.epochs,
      losses,
      trainAccuracy: train,
      testAccuracy: test,
      running,
      problem: run.problem,
      weights: weightsOf(run.network()),
      stepsPerSecond: running ? speed.value : 0,
      batchSize: settings.batchSize,
    });
    losses = [];
    lastReport = host.now();
  };

  const stepOnce = (): boolean => {
    const loss = run!.step();
    if (loss === null) return false;
    losses.push(loss);
    return true;
  };

  const slice = (): void => {
    scheduled = false;
    if (!running || run === null) return;
    const start = host.now();
    let steps = 0;
    let ok = true;
    while (ok && host.now() - start < host.sliceMs) {
      ok = stepOnce();
      if (ok) steps += 1;
    }
    speed.steps += steps;
    speed.ms += host.now() - start;
    if (speed.ms > 0) speed.value = (speed.steps * 1000) / speed.ms;
    if (speed.ms > 2000) speed = { steps: 0, ms: 0, value: speed.value };
    if (!ok) running = false;
    if (!running || host.now() - lastReport >= host.reportMs) report();
    if (running) schedule();
  };

  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    host.later(slice);
  };

  const begin = (net: Network, next: TrainSettings, startStep: number): boolean => {
    try {
      run = createRun(net, next, convLayers, startStep);
    } catch (e) {
      run = null;
      host.post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
      return false;
    }
    settings = next;
    if (run === null) {
      host.post({ type: 'failed', message: 'the picture must be 7x7 to 64x64 to train' });
      return false;
    }
    return true;
  };

  return {
    handle(command) {
      switch (command.type) {
        case 'start': {
          running = false;
          losses = [];
          convLayers = command.convLayers;
          let net: Network;
          try {
            net = parseNetwork(command.network);
          } catch (e) {
            host.post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
            return;
          }
          if (command.fresh) net = freshNetwork(net, command.settings.seed, convLayers);
          accuracy = { train: 0, test: 0, step: -1, cost: 0, at: -Infinity };
          if (begin(net, command.settings, 0)) report();
          return;
        }
        case 'settings':
          accuracy = { ...accuracy, step: -1 };
          if (run !== null && begin(run.network(), command.settings, run.steps)) report();
          return;
        case 'play':
          if (run === null || run.problem !== null) return;
          running = true;
          speed = { steps: 0, ms: 0, value: 0 };
          report();
          schedule();
          return;
        case 'pause':
          running = false;
          report();
          return;
        case 'step':
          if (run === null) return;
          running = false;
          stepOnce();
          report();
          return;
      }
    },
  };
}
