import { useMemo } from 'react';
import type { Store } from '../../state';
import { decisionNetwork, type DecisionNetwork } from '../../state/decisionNetwork';
import {
  decisionScores,
  decisionVotes,
  type DecisionScores,
  type DecisionVotes,
} from '../../present/decisionReading';
import { useStoreSelector } from '../app/useStore';

export interface Decision {
  readonly made: DecisionNetwork;
  /** Changes with the network only (not with a pixel): what the vote heatmaps draw. */
  readonly votes: DecisionVotes | null;
  /** Changes with every pixel: the flattened maps, the scores and probabilities. */
  readonly scores: DecisionScores | null;
}

/** The page's decision network and its reading of the picture, each memoised on its inputs. */
export function useDecision(store: Store): Decision {
  const input = useStoreSelector(store, (s) => s.input);
  const kernels = useStoreSelector(store, (s) => s.kernels);
  const config = useStoreSelector(store, (s) => s.config);
  const blocks = useStoreSelector(store, (s) => s.blocks);
  const classes = useStoreSelector(store, (s) => s.classes);
  const own = useStoreSelector(store, (s) => s.votes);
  // The network changes with the kernels, settings and picture size, not with a pixel.
  const { height, width } = input;
  const made = useMemo(
    () =>
      decisionNetwork({
        input: { height, width, data: new Float64Array(height * width) },
        kernels,
        config,
        blocks,
        classes,
        votes: own,
      }),
    [height, width, kernels, config, blocks, classes, own],
  );
  const votes = useMemo(() => decisionVotes(made), [made]);
  const scores = useMemo(() => decisionScores(made, input), [made, input]);
  return { made, votes, scores };
}
