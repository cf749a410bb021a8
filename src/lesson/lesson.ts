import type { Language } from '../state';

/** A text in the page's languages; a teacher's lesson may have only one of them. */
export type Caption = { readonly [L in Language]?: string };

/**
 * One step of a lesson: the page as it should be (a link hash, `#v=2&...`, read by the app's
 * own decodeLink), a caption, and maybe a question asked before a map is shown: the maps in
 * `hidden` (their `data-map` ids, e.g. `conv-0`) stay hidden until the teacher reveals them.
 */
export interface LessonStep {
  readonly caption: Caption;
  readonly question?: Caption;
  /** Shown with the hidden maps once the question is revealed (only with a question). */
  readonly answer?: Caption;
  /** `data-map` ids of the maps the question keeps hidden (none without a question). */
  readonly hidden?: readonly string[];
  /** Parts of the page outlined for this step (see HIGHLIGHT_PARTS). */
  readonly highlight?: readonly string[];
  /** The page's state for the step, as a link hash. */
  readonly link: string;
}

export interface Lesson {
  readonly title: Caption;
  readonly steps: readonly LessonStep[];
}

/** At most this many steps, and this many characters a caption. */
export const MAX_STEPS = 60;
export const MAX_CAPTION = 2000;

/** Parts of the page a step can outline: the picture, a kernel's maps, the decision, ... */
export const HIGHLIGHT_PARTS = [
  'input',
  'kernel-0',
  'kernel-1',
  'kernel-2',
  'conv-0',
  'conv-1',
  'conv-2',
  'pool-0',
  'pool-1',
  'pool-2',
  'relu-0',
  'relu-1',
  'relu-2',
  'decision',
  'train',
  'blocks',
] as const;

/** The maps a question can hide: the first block's maps of up to eight kernels. */
export function hideableMap(id: string): boolean {
  return /^(conv|pool|relu)-[0-7]$/.test(id);
}

/** The text in `language`, else the other language's, else ''. */
export function captionIn(caption: Caption | undefined, language: Language): string {
  if (!caption) return '';
  return caption[language] ?? caption[language === 'en' ? 'zh' : 'en'] ?? '';
}
