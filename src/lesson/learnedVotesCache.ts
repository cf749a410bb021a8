import { createMatrix } from '../core';
import { DEFAULT_DISPLAY, encodeLink, type AppState, type Votes } from '../state';
import { learnVotes, withVotes } from './invarianceNetworks';

type Learned = ReturnType<typeof learnVotes>;

export interface LearnedVotesCache {
  /** The learned votes and network, learning them here if they are not known yet. */
  readonly learn: (state: AppState) => Learned;
  readonly has: (state: AppState) => boolean;
  /** Keeps votes learned elsewhere (in a worker); null: no network. */
  readonly put: (state: AppState, votes: Votes | null) => void;
}

/**
 * Votes learned for a network depend on its layers and the picture's size, not on the
 * picture: the lab keeps them by those (the state's link with a blank picture), so reopening
 * the lab or editing the picture learns nothing again.
 */
export function createLearnedVotesCache(): LearnedVotesCache {
  const cache = new Map<string, Learned>();
  const key = (state: AppState) =>
    encodeLink({
      ...state,
      input: createMatrix(state.input.height, state.input.width, -1),
      votes: null,
      display: DEFAULT_DISPLAY,
      language: 'en',
    });
  return {
    learn(state) {
      const k = key(state);
      if (!cache.has(k)) cache.set(k, learnVotes(state));
      const learned = cache.get(k)!;
      // The network is rebuilt for this picture's state (the votes are the same).
      return learned && withVotes(state, learned.votes);
    },
    has: (state) => cache.has(key(state)),
    put(state, votes) {
      cache.set(key(state), votes && withVotes(state, votes));
    },
  };
}
