import { useSyncExternalStore } from 'react';
import type { Store } from '../../state';

/** A kernel weight's gradient pointed at (or pinned) on the page: kernel k, weight index. */
export interface WeightProbe {
  readonly k: number;
  readonly index: number;
  readonly pinned: boolean;
}

/**
 * The gradients' view state, shared by the toggle, the maps beside the kernels, the overlay
 * on the picture and the "Why would the weights move?" panel. It is view state, not the
 * app's: not in the link, not in the undo history.
 */
export interface GradientView {
  /** Whether the page draws the gradients (beside the kernels, over the picture). */
  readonly shown: boolean;
  /** The class the teacher says the picture is: the loss the gradients are of. */
  readonly label: number;
  readonly probe: WeightProbe | null;
  /** The page's store, bound by the panel that the page renders with it. */
  readonly store: Store | null;
}

const INITIAL: GradientView = { shown: false, label: 0, probe: null, store: null };
let view: GradientView = INITIAL;
const listeners = new Set<() => void>();

function set(next: Partial<GradientView>) {
  const merged = { ...view, ...next };
  if ((Object.keys(next) as (keyof GradientView)[]).every((key) => merged[key] === view[key])) {
    return;
  }
  view = merged;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const gradientView = {
  get: (): GradientView => view,
  subscribe,
  setShown: (shown: boolean) => set(shown ? { shown } : { shown, probe: null }),
  setLabel: (label: number) => set({ label }),
  setProbe: (probe: WeightProbe | null) => set({ probe }),
  /** Binds the page's store; returns the unbinding, for an effect's cleanup. */
  bindStore: (store: Store) => {
    set({ store });
    return () => {
      if (view.store === store) set({ store: null });
    };
  },
  /** Back to the start (for tests). */
  reset: () => set(INITIAL),
};

/** One part of the gradients' view state; re-renders only when that part changes. */
export function useGradientView<T>(select: (v: GradientView) => T): T {
  const get = () => select(view);
  return useSyncExternalStore(subscribe, get, get);
}
