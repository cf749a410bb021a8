import type { AppState } from '../state';
import type { HistoryAction } from '../state/history';

/**
 * The store actions that take `state` to `trained` (stateWithWeights): each first-block
 * kernel and later-block kernel that changed, and the votes, all in `group`, so one training
 * run is one undo step however many reports it sends.
 */
export function trainedActions(state: AppState, trained: AppState, group: string): HistoryAction[] {
  const actions: HistoryAction[] = [];
  const same = (a: Float64Array, b: Float64Array): boolean =>
    a.length === b.length && a.every((v, i) => v === b[i]);
  trained.kernels.forEach((kernel, k) => {
    const old = state.kernels[k];
    if (!old || !same(old.data, kernel.data)) actions.push({ type: 'setKernel', k, kernel, group });
  });
  trained.blocks.forEach((block, i) => {
    block.kernels.forEach((slices, k) => {
      const old = state.blocks[i]?.kernels[k];
      if (
        old &&
        old.length === slices.length &&
        old.every((m, c) => same(m.data, slices[c]!.data))
      ) {
        return;
      }
      actions.push({ type: 'setBlockKernel', b: i + 2, k, slices, group });
    });
  });
  if (trained.votes !== null && trained.votes !== state.votes) {
    actions.push({ type: 'setVotes', votes: trained.votes, group });
  }
  return actions;
}
