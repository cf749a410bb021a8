import { seedState, type AppState, type Language } from './appState';
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
}

export const STORAGE_KEY = 'cnn-playground/state';

export interface Startup {
  readonly state: AppState;
  /** Where the state came from. */
  readonly source: 'link' | 'storage' | 'seed';
  /** Parts of the link (or of the saved work) that could not be read. */
  readonly problems: readonly LinkPart[];
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

/**
 * The state to start with: a link in the URL wins (a lesson is a link), then the work saved
 * in this browser, then the seed in the browser's language.
 */
export function startupState(env: PersistEnv): Startup {
  const language = preferredLanguage(env.languages);
  const hash = env.readHash();
  if (hash.length > 1) return { ...decodeLink(hash, language), source: 'link' };
  const saved = readStorage(env);
  if (saved) return { ...decodeLink(saved, language), source: 'storage' };
  return { state: seedState(language), source: 'seed', problems: [] };
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
