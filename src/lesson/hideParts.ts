/**
 * Controls a lesson link can hide (as TensorFlow Playground's `hide` parameters do), e.g.
 * `hide=settings,export,kernels`: the page marks its root with them and CSS hides the parts.
 */
export const HIDE_PARTS = [
  /** The settings menu. */
  'settings',
  /** The export menu. */
  'export',
  /** The kernels' editing controls and "Add a kernel". */
  'kernels',
  /** The picture's presets, import and size. */
  'picture',
  /** Colours, values and language toggles. */
  'display',
  /** Share and snapshots. */
  'share',
  /** The training panel. */
  'train',
  /** The blocks after the first and "Add a block". */
  'blocks',
  /** The decision panel after the maps. */
  'decision',
  /** The teacher's lesson editor. */
  'editor',
] as const;

export type HidePart = (typeof HIDE_PARTS)[number];

const KNOWN: readonly string[] = HIDE_PARTS;

/** The known parts in a `hide` parameter's text, each once, in HIDE_PARTS order. */
export function parseHide(text: string | null): HidePart[] {
  if (!text) return [];
  const asked = new Set(text.split(',').map((s) => s.trim()));
  return HIDE_PARTS.filter((p) => asked.has(p) && KNOWN.includes(p));
}
