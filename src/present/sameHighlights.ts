import type { Highlights } from './probe';

/** Whether two sets of outlined cells hold the same cells (both absent counts as the same). */
export function sameCells(
  a: ReadonlySet<number> | undefined,
  b: ReadonlySet<number> | undefined,
): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.size !== b.size) return false;
  for (const i of a) if (!b.has(i)) return false;
  return true;
}

/** Whether two pages' outlines are the same: the same maps, each with the same cells. */
export function sameHighlights(a: Highlights, b: Highlights): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [id, cells] of a) if (!b.has(id) || !sameCells(cells, b.get(id))) return false;
  return true;
}
