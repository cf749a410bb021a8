import { useEffect, useMemo, useState } from 'react';
import { learnInWorker } from '../../lesson/labClient';
import { createLearnedVotesCache } from '../../lesson/learnedVotesCache';
import { NETWORK_VARIANTS, variantState } from '../../lesson/invarianceNetworks';
import { labRow, type LabRow } from '../../lesson/invarianceTable';
import type { AppState } from '../../state';

/** Votes learned for the lab's networks, kept for the page's life. */
const learned = createLearnedVotesCache();

/**
 * The lab's rows for `state`: the page's own network at once, each other network once its
 * votes are learned (null meanwhile). They are learned in a worker; without one, on the
 * page, one network a task after the dialog has drawn, never inside the click that opened it.
 */
export function useLabRows(state: AppState): readonly (LabRow | null)[] {
  const [done, setDone] = useState(0);
  useEffect(() => {
    let live = true;
    const pending = NETWORK_VARIANTS.filter(
      (v) => v !== 'page' && !learned.has(variantState(state, v)),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onPage = (left: typeof pending) => {
      const next = () => {
        const variant = left.shift();
        if (!variant || !live) return;
        learned.learn(variantState(state, variant));
        setDone((n) => n + 1);
        timer = setTimeout(next, 0);
      };
      timer = setTimeout(next, 50);
    };
    const failed: typeof pending = [];
    let answered = 0;
    for (const variant of pending) {
      const changed = variantState(state, variant);
      const answer = learnInWorker(changed);
      if (!answer) {
        onPage(pending.slice());
        break;
      }
      void answer.then((votes) => {
        if (votes === 'failed') failed.push(variant);
        else learned.put(changed, votes);
        if (live) setDone((n) => n + 1);
        answered++;
        if (answered === pending.length && failed.length > 0 && live) onPage(failed);
      });
    }
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [state]);
  return useMemo(
    () =>
      NETWORK_VARIANTS.map((v) =>
        v === 'page' || learned.has(variantState(state, v))
          ? labRow(state, v, learned.learn)
          : null,
      ),
    // `done` counts the networks learned so far: each one adds its row.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, done],
  );
}
