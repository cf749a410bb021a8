import type { Action } from './actions';
import type { AppState } from './appState';
import { reducer } from './reducer';

/** Undo and redo over the edits of the state, around the app's reducer. */
export interface History {
  readonly past: readonly AppState[];
  readonly present: AppState;
  readonly future: readonly AppState[];
  /**
   * The group of the last recorded edit: later edits of the same group join its step (the
   * paints of one drag; the keystrokes typing one number).
   */
  readonly group: string | null;
}

export type HistoryAction =
  /** Any edit; a `group` makes consecutive edits of that group one undo step. */
  | (Action & { readonly group?: string })
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** Replaces the whole state (a link was opened): one undoable step. */
  | { readonly type: 'load'; readonly state: AppState };

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

export function createHistory(present: AppState): History {
  return { past: [], present, future: [], group: null };
}

/** An edit changes what the maps compute; colours, labels and language are not edits. */
function isEdit(a: AppState, b: AppState): boolean {
  return (
    a.input !== b.input ||
    a.kernels !== b.kernels ||
    a.config !== b.config ||
    a.blocks !== b.blocks ||
    a.votes !== b.votes ||
    a.classes !== b.classes ||
    a.drawings !== b.drawings
  );
}

/** What undo and redo leave as it is: how the page looks and how it trains. */
function notEdits({ display, language, training }: AppState) {
  return { display, language, training };
}

/**
 * The history after an action. Every edit is one undo step, except that the paints of one
 * drag (same stroke id), or consecutive edits of one group (typing a number), make a single
 * step; reset and opening a link are steps too. Display
 * changes (grays, values, language) and the training settings apply to the present without a step of their own.
 */
export function historyReducer(h: History, action: HistoryAction): History {
  switch (action.type) {
    case 'undo': {
      const previous = h.past[h.past.length - 1];
      if (!previous) return h;
      const present = { ...previous, ...notEdits(h.present) };
      return { past: h.past.slice(0, -1), present, future: [h.present, ...h.future], group: null };
    }
    case 'redo': {
      const [next, ...future] = h.future;
      if (!next) return h;
      const present = { ...next, ...notEdits(h.present) };
      return { past: [...h.past, h.present], present, future, group: null };
    }
    case 'load':
      return record(h, action.state, null);
    default: {
      const next = reducer(h.present, action);
      if (next === h.present) return h;
      if (!isEdit(h.present, next)) return { ...h, present: next };
      const group =
        action.type === 'paint' && action.stroke !== undefined
          ? `stroke ${action.stroke}`
          : (action.group ?? null);
      if (group !== null && group === h.group) return { ...h, present: next, future: [] };
      return record(h, next, group);
    }
  }
}

function record(h: History, next: AppState, group: string | null): History {
  const past = [...h.past, h.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], group };
}
