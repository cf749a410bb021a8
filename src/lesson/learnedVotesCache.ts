import { createMatrix } from '../core';
import { DEFAULT_DISPLAY, encodeLink, type AppState } from '../state';
import { learnVotes } from './invarianceNetworks';

type Learned = ReturnType<typeof learnVotes>;

/**
 * Votes learned for a network depend on its layers and the picture's size, not on the
 * picture: the lab keeps them by those (the state's link with a blank picture), so reopening
 * the lab or editing the picture learns nothing again.
 */
export function createLearnedVotesCache(): {
  readonly learn: (state: AppState) => Learned;
  readonly has: (state: AppState) => boolean;
} {
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
      return cache.get(k)!;
    },
    has: (state) => cache.has(key(state)),
  };
}
