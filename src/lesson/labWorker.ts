// The invariance lab's learning, off the page's thread: the page posts a network variant's
// state, the worker learns its votes (learnVotes, seeded: the same votes as on the page) and
// posts them back. Bundled inline (`?worker&inline`), so the offline file has it too.
import type { AppState, Votes } from '../state';
import { learnVotes } from './invarianceNetworks';

export interface LabRequest {
  readonly id: number;
  readonly state: AppState;
}

export interface LabAnswer {
  readonly id: number;
  readonly votes: Votes | null;
}

self.onmessage = (event: MessageEvent<LabRequest>) => {
  const { id, state } = event.data;
  const answer: LabAnswer = { id, votes: learnVotes(state)?.votes ?? null };
  self.postMessage(answer);
};
