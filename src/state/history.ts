import type { Action } from './actions';
import type { AppState } from './appState';
import { reducer } from './reducer';

/** Undo and redo over the edits of the state, around the app's reducer. */
export interface History {
  readonly past: readonly AppState[];
  readonly present: AppState;
  readonly future: readonly AppState[];
  /** The stroke id of the last recorded paint: later paints of that stroke join its step. */
  readonly stroke: number | null;
}

export type HistoryAction =
  | Action
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** Replaces the whole state (a link was opened): one undoable step. */
  | { readonly type: 'load'; readonly state: AppState };

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

export function createHistory(present: AppState): History {
  return { past: [], present, future: [], stroke: null };
}

/** An edit changes what the maps compute; colours, labels and language are not edits. */
function isEdit(a: AppState, b: AppState): boolean {
  return a.input !== b.input || a.kernels !== b.kernels || a.config !== b.config;
}

/**
 * The history after an action. Every edit is one undo step, except that the paints of one
 * drag (same stroke id) make a single step; reset and opening a link are steps too. Display
 * changes (grays, values, language) apply to the present without a step of their own.
 */
export function historyReducer(h: History, action: HistoryAction): History {
  switch (action.type) {
    case 'undo': {
      const previous = h.past[h.past.length - 1];
      if (!previous) return h;
      const present = { ...previous, display: h.present.display, language: h.present.language };
      return { past: h.past.slice(0, -1), present, future: [h.present, ...h.future], stroke: null };
    }
    case 'redo': {
      const [next, ...future] = h.future;
      if (!next) return h;
      const present = { ...next, display: h.present.display, language: h.present.language };
      return { past: [...h.past, h.present], present, future, stroke: null };
    }
    case 'load':
      return record(h, action.state, null);
    default: {
      const next = reducer(h.present, action);
      if (next === h.present) return h;
      if (!isEdit(h.present, next)) return { ...h, present: next };
      const stroke = action.type === 'paint' ? (action.stroke ?? null) : null;
      if (stroke !== null && stroke === h.stroke) return { ...h, present: next, future: [] };
      return record(h, next, stroke);
    }
  }
}

function record(h: History, next: AppState, stroke: number | null): History {
  const past = [...h.past, h.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], stroke };
}
