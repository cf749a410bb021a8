import { createTrainLoop } from './trainLoop';
import type { TrainCommand, TrainReport } from './trainProtocol';
import TrainWorker from './trainWorker?worker&inline';

/** Where the steps run: in a worker, or on the page (in small slices) when none started. */
export type TrainPlace = 'worker' | 'page';

export interface TrainClient {
  send(command: TrainCommand): void;
  readonly place: TrainPlace;
  dispose(): void;
}

/** The training loop on the page itself: short slices, so the page still paints between. */
function pageLoop(onReport: (r: TrainReport) => void): { handle(c: TrainCommand): void } {
  return createTrainLoop({
    post: onReport,
    now: () => performance.now(),
    later: (fn) => setTimeout(fn, 0),
    sliceMs: 8,
    reportMs: 40,
  });
}

/**
 * Starts the training worker. If it cannot start (a strict content policy, an old browser)
 * or fails before it answers, the commands sent so far are replayed on a loop on the page,
 * and `onFallback` says so; the page keeps working either way.
 */
export function createTrainClient(
  onReport: (report: TrainReport) => void,
  onFallback: (reason: string) => void,
): TrainClient {
  let worker: Worker | null = null;
  let loop: { handle(c: TrainCommand): void } | null = null;
  let answered = false;
  let sent: TrainCommand[] = [];
  const fallBack = (reason: string): void => {
    if (loop !== null) return;
    worker?.terminate();
    worker = null;
    loop = pageLoop(onReport);
    onFallback(reason);
    for (const command of sent) loop.handle(command);
    sent = [];
  };
  try {
    worker = new TrainWorker();
    worker.onmessage = (event: MessageEvent<TrainReport>) => {
      answered = true;
      onReport(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (!answered) fallBack(event.message || 'the training worker failed to start');
      else onReport({ type: 'failed', message: event.message || 'the training worker failed' });
    };
  } catch (e) {
    queueMicrotask(() => fallBack(e instanceof Error ? e.message : String(e)));
  }
  return {
    get place() {
      return loop === null ? 'worker' : 'page';
    },
    send(command) {
      if (loop !== null) return loop.handle(command);
      if (!answered) {
        // Kept to replay on the page should the worker never answer; a start restarts it.
        sent = command.type === 'start' ? [command] : [...sent, command];
      }
      worker?.postMessage(command);
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
