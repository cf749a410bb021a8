import { useEffect, useMemo, useRef, useState } from 'react';

/** Which sliding window is being stepped through: one kernel's convolution or pooling. */
export type StepStage = 'conv' | 'pool';

export interface StepperState {
  readonly k: number;
  readonly stage: StepStage;
  /** How many output cells are computed so far; 0 when not stepping. */
  readonly step: number;
  readonly playing: boolean;
  /** Windows per second while playing. */
  readonly speed: number;
}

export interface Stepper extends StepperState {
  readonly total: number;
  readonly set: (change: Partial<StepperState>) => void;
  readonly forward: () => void;
  readonly back: () => void;
  readonly togglePlay: () => void;
  readonly stop: () => void;
}

export const SPEEDS = [1, 2, 4, 8] as const;

/** True when the user asked the system for less motion. */
function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Stepping through a sliding window: step n shows the first n output cells and explains the
 * n-th. Exact and reversible (forward and back move by one window); playing advances on a
 * timer and stops at the end. With reduced motion, playing starts at one window per second.
 * `totalFor` gives the number of cells of the map being stepped; `resetKey` changes when the
 * input or settings change, which pauses playing; `kernels` is how many kernels there are.
 */
export function useStepper(
  totalFor: (k: number, stage: StepStage) => number,
  resetKey: unknown,
  kernels: number,
): Stepper {
  const [state, setState] = useState<StepperState>(() => ({
    k: 0,
    stage: 'conv',
    step: 0,
    playing: false,
    speed: reducedMotion() ? 1 : 2,
  }));
  // A removed kernel takes its stepping with it: fall back to the last kernel there is.
  const k = Math.max(0, Math.min(state.k, kernels - 1));
  const total = totalFor(k, state.stage);

  // A change of input or settings pauses the animation (the step stays, clamped): playing
  // holds only while the key it started with is current.
  const [playKey, setPlayKey] = useState<unknown>(null);
  const playing = state.playing && playKey === resetKey;

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      setState((s) => {
        if (s.step >= total) return { ...s, playing: false };
        return { ...s, step: s.step + 1, playing: s.step + 1 < total };
      });
    }, 1000 / state.speed);
    return () => clearInterval(id);
  }, [playing, state.speed, total]);

  const step = Math.min(state.step, total);
  // The key playing starts with, read when play is pressed (so the stepper below stays the
  // same object while a click changes the maps but not the stepping: its controls' memo holds).
  const keyRef = useRef(resetKey);
  useEffect(() => {
    keyRef.current = resetKey;
  });
  return useMemo(
    () => stepper(state, k, playing, step, total, setState, () => setPlayKey(() => keyRef.current)),
    [state, k, playing, step, total],
  );
}

function stepper(
  state: StepperState,
  k: number,
  playing: boolean,
  step: number,
  total: number,
  setState: (update: (s: StepperState) => StepperState) => void,
  startKey: () => void,
): Stepper {
  const set = (change: Partial<StepperState>) => setState((s) => ({ ...s, ...change }));
  return {
    ...state,
    k,
    playing,
    step,
    total,
    set,
    forward: () =>
      setState((s) => ({
        ...s,
        step: Math.min(total, Math.min(s.step, total) + 1),
        playing: false,
      })),
    back: () =>
      setState((s) => ({ ...s, step: Math.max(0, Math.min(s.step, total) - 1), playing: false })),
    togglePlay: () => {
      startKey();
      setState((s) =>
        playing
          ? { ...s, playing: false }
          : { ...s, playing: true, step: s.step >= total ? 0 : s.step },
      );
    },
    stop: () => setState((s) => ({ ...s, step: 0, playing: false })),
  };
}
