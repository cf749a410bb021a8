// The training worker: the training loop (trainLoop.ts) on its own thread, so the page
// paints while it learns. Imported by trainClient.ts with Vite's `?worker&inline`, so the
// offline single file carries it too.
import { createTrainLoop } from './trainLoop';
import type { TrainCommand, TrainReport } from './trainProtocol';

const scope = self as unknown as {
  postMessage(message: TrainReport): void;
  onmessage: ((event: MessageEvent<TrainCommand>) => void) | null;
};

const loop = createTrainLoop({
  post: (report) => scope.postMessage(report),
  now: () => performance.now(),
  later: (fn) => setTimeout(fn, 0),
  sliceMs: 30,
  reportMs: 35,
});

scope.onmessage = (event) => loop.handle(event.data);
