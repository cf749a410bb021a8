// The core alone in a browser worker (bundled by benchBrowserTraining.ts): the page's run
// from scratch, stepped with no reports and no page to update, for the engine's own speed
// beside the page's worker and Node. Messages: { start: case index, warmMs } answers
// { count }; { ms } answers { examples, ms }.
import { scratchRun, TRAINING_CASES } from './benchTrainingCases';

const scope = self as unknown as {
  postMessage(message: unknown): void;
  onmessage:
    ((event: MessageEvent<{ start?: number; warmMs?: number; ms?: number }>) => void) | null;
};

let run: ReturnType<typeof scratchRun> | null = null;

scope.onmessage = ({ data }) => {
  if (data.start !== undefined) {
    run = scratchRun(TRAINING_CASES[data.start]!, data.warmMs ?? 0);
    scope.postMessage({ count: run.count });
  } else {
    scope.postMessage(run!.time(data.ms ?? 0));
  }
};
