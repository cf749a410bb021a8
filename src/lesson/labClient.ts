import type { AppState, Votes } from '../state';
import type { LabAnswer, LabRequest } from './labWorker';
import LabWorker from './labWorker?worker&inline';

let worker: Worker | null | undefined;
let nextId = 1;
/** What the worker answered: the votes, null (no network), or 'failed' (learn on the page). */
export type WorkerVotes = Votes | null | 'failed';
const waiting = new Map<number, (votes: WorkerVotes) => void>();

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new LabWorker();
    worker.onmessage = (event: MessageEvent<LabAnswer>) => {
      const { id, votes } = event.data;
      waiting.get(id)?.(votes);
      waiting.delete(id);
    };
    // A worker that fails leaves its requests to the page.
    worker.onerror = () => {
      for (const resolve of waiting.values()) resolve('failed');
      waiting.clear();
      worker?.terminate();
      worker = null;
    };
  } catch {
    worker = null;
  }
  return worker;
}

/**
 * Learns a network variant's votes in the lab's worker; null when no worker starts (the
 * caller then learns them on the page, a network a task).
 */
export function learnInWorker(state: AppState): Promise<WorkerVotes> | null {
  const w = start();
  if (!w) return null;
  const id = nextId++;
  const request: LabRequest = { id, state };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    w.postMessage(request);
  });
}
