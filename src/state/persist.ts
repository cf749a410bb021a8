import { seedState, type AppState, type Language } from './appState';
import { addSnapshot, loadSnapshots, saveSnapshots, type Snapshot } from './snapshots';
import type { Store } from './store';
import { decodeLink, encodeLink, type LinkPart } from './urlCodec';

/** What the app reads and writes outside itself, injected so this stays testable. */
export interface PersistEnv {
  /** The current URL hash, with its '#' (or ''). */
  readonly readHash: () => string;
  /** Replaces the URL hash without a new browser history entry. */
  readonly writeHash: (hash: string) => void;
  /** localStorage, or null where it is unavailable (private mode, file:// in some browsers). */
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** The browser's preferred languages, most preferred first. */
  readonly languages: readonly string[];
  /** The time now, in milliseconds since 1970 (for the name and date of kept work). */
  readonly now?: () => number;
  /** The name of the snapshot that keeps the saved work a link would replace. */
  readonly keptName?: (savedAt: number, language: Language) => string;
}

export const STORAGE_KEY = 'cnn-playground/state';

export interface Startup {
  readonly state: AppState;
  /** Where the state came from. */
  readonly source: 'link' | 'storage' | 'seed';
  /** Parts of the link (or of the saved work) that could not be read. */
  readonly problems: readonly LinkPart[];
  /**
   * The work saved in this browser that the link replaced, kept as a snapshot (or the
   * snapshot that already held it); null when there was none, or it was the link's state
   * or the untouched seed.
   */
  readonly kept: Snapshot | null;
}

/** 简体中文 for a browser that prefers Chinese, English otherwise. */
export function preferredLanguage(languages: readonly string[]): Language {
  for (const l of languages) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'en';
}

function readStorage(env: PersistEnv): string | null {
  try {
    return env.storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The name of kept work where the page gives none: "Before opening a link, 2026-12-02 00:31". */
function defaultKeptName(savedAt: number): string {
  const iso = new Date(savedAt).toISOString();
  return `Before opening a link, ${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/**
 * Keeps the work a link replaces (`saved`, a link) as a snapshot in `env.storage`, unless it
 * is the link's state (`opened`) or the untouched seed; returns the snapshot that holds it.
 * For the start of the page, and for a link opened later in the same tab.
 */
export function keepBeforeLink(env: PersistEnv, saved: string, opened: AppState): Snapshot | null {
  const savedState = decodeLink(saved, opened.language).state;
  const savedLink = encodeLink(savedState);
  const same = (state: AppState) => encodeLink({ ...state, language: savedState.language });
  if (savedLink === same(opened) || savedLink === same(seedState())) return null;
  const storage = env.storage;
  const list = loadSnapshots(storage);
  const existing = list.find((s) => s.link === savedLink);
  if (existing) return existing;
  const savedAt = env.now?.() ?? Date.now();
  const name = (env.keptName ?? defaultKeptName)(savedAt, opened.language);
  const next = addSnapshot(list, { name, link: savedLink, savedAt });
  // Storage that refuses the list (full): the snapshot still lives in the page until it
  // closes, so its notice can restore it.
  saveSnapshots(storage, next);
  return next[0]!;
}

/**
 * The state to start with: a link in the URL wins (a lesson is a link), then the work saved
 * in this browser, then the seed in the browser's language. Saved work that a link replaces
 * is kept as a snapshot first, and `kept` names it, so the page can say how to get it back.
 */
export function startupState(env: PersistEnv): Startup {
  const language = preferredLanguage(env.languages);
  const hash = env.readHash();
  const saved = readStorage(env);
  if (hash.length > 1) {
    const opened = decodeLink(hash, language);
    const kept = saved ? keepBeforeLink(env, saved, opened.state) : null;
    return { ...opened, source: 'link', kept };
  }
  if (saved) return { ...decodeLink(saved, language), source: 'storage', kept: null };
  return { state: seedState(language), source: 'seed', problems: [], kept: null };
}

/**
 * Keeps the URL hash and the saved work in step with the store. A change is written after
 * the current task (so replaceState and localStorage, a few milliseconds on a 64x64 picture,
 * stay out of the click's frame), once for a burst of changes; `flush` writes at once (the
 * page calls it when it is hidden or closed). Returns the unsubscribe function.
 */
export function persist(
  store: Store,
  env: PersistEnv,
  defer: (write: () => void) => void = (write) => setTimeout(write, 0),
): { readonly flush: () => void; readonly stop: () => void } {
  let last = '';
  let pending = false;
  const save = () => {
    pending = false;
    const link = encodeLink(store.getState());
    if (link === last) return;
    last = link;
    env.writeHash(link);
    try {
      env.storage?.setItem(STORAGE_KEY, link);
    } catch {
      // Storage full or refused: the link in the URL still holds the work.
    }
  };
  save();
  const stop = store.subscribe(() => {
    if (pending) return;
    pending = true;
    defer(() => pending && save());
  });
  return { flush: () => pending && save(), stop };
}
