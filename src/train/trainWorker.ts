// The training worker: the training loop (trainLoop.ts) on its own thread, so the page
// paints while it learns. Imported by trainClient.ts with Vite's `?worker&inline`, so the
// offline single file carries it too.
import { createTrainLoop } from './trainLoop';
import type { TrainCommand, TrainReport } from './trainProtocol';

const scope = self as unknown as {
  postMessage(message: TrainReport): void;
  onmessage: ((event: MessageEvent<TrainCommand>) => void) | null;
};

// Breaks go through a message to the worker itself, queued behind the page's commands: a
// setTimeout(0) called from its own callback waits at least 4 ms once nested five deep (the
// HTML timer clamp), a tenth of the steps at a report every 40 ms.
const channel = new MessageChannel();
let next: (() => void) | null = null;
channel.port1.onmessage = () => {
  const fn = next;
  next = null;
  fn?.();
};

const loop = createTrainLoop({
  post: (report) => scope.postMessage(report),
  now: () => performance.now(),
  later: (fn) => {
    next = fn;
    channel.port2.postMessage(null);
  },
  // A slice runs until the next report, 25 a second.
  sliceMs: 40,
  reportMs: 40,
});

scope.onmessage = (event) => loop.handle(event.data);
