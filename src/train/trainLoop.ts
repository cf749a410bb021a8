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
  /** Runs `fn` after other queued work (messages, painting), with as little delay as it can. */
  later(fn: () => void): void;
  /** Most milliseconds of steps between two breaks (the page's own loop keeps them short). */
  readonly sliceMs: number;
  /** Milliseconds from one report to the next while playing (a slice ends when one is due). */
  readonly reportMs: number;
}

/**
 * While playing, the accuracy over the whole sets (hundreds of forward passes) is measured
 * again only once the time since it was last measured is this many times what measuring took
 * (at most a sixteenth of the time goes to it: at 28x28 about three times a second), and
 * ACCURACY_MS apart at least (at 9x9, where it is cheap, ten times a second rather than at
 * every report).
 */
export const ACCURACY_SHARE = 15;
export const ACCURACY_MS = 100;

/**
 * The training loop: it keeps one run and plays it, reporting every `reportMs` (and after
 * every command), so the page gets about 25 reports a second. It takes a break (`later`)
 * after each report, or after `sliceMs` of steps if that is shorter, to hear commands; the
 * steps themselves are the run's, so breaks and reports never change the weights. The same
 * code runs in the worker and, when no worker starts, on the page.
 */
export function createTrainLoop(host: LoopHost): { handle(command: TrainCommand): void } {
  let run: TrainRun | null = null;
  let convLayers: readonly number[] = [];
  let settings: TrainSettings | null = null;
  let running = false;
  let scheduled = false;
  let losses: number[] = [];
  let lastReport = -Infinity;
  // Speed: steps over the time since `since` (play, then every two seconds or so), breaks,
  // reports and accuracy included.
  let speed = { steps: 0, since: 0, value: 0 };

  // Accuracy over the whole sets: while playing, measured again only after ACCURACY_SHARE
  // times its cost; every report after a command has it for the last step.
  let accuracy = { train: 0, test: 0, step: -1, cost: 0, at: -Infinity };
  const evaluate = (): { train: number; test: number } => {
    const r = run!;
    const since = host.now() - accuracy.at;
    const due = !running || since >= Math.max(ACCURACY_MS, ACCURACY_SHARE * accuracy.cost);
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
    // The next report is due reportMs after this one began, however long measuring takes.
    lastReport = host.now();
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
    const reportAt = lastReport + host.reportMs;
    let ok: boolean;
    let now: number;
    // At least one step a slice, however long the last report took.
    do {
      ok = stepOnce();
      if (ok) speed.steps += 1;
      now = host.now();
    } while (ok && now - start < host.sliceMs && now < reportAt);
    if (now - speed.since > 0) speed.value = (speed.steps * 1000) / (now - speed.since);
    if (now - speed.since > 2000) speed = { steps: 0, since: now, value: speed.value };
    if (!ok) running = false;
    if (!running || now >= reportAt) report();
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
          speed = { steps: 0, since: host.now(), value: 0 };
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
