import { useEffect } from 'react';

/**
 * Outlines one cell of a map elsewhere on the page (`[data-map="pool-2"]`, row-major cell)
 * while `cell` is set: the decision panel links its numbers to the maps they come from
 * without re-rendering those maps. Maps drawn without cell elements show no outline.
 */
export function useLinkedCell(mapId: string | null, cell: number | null): void {
  useEffect(() => {
    if (mapId === null || cell === null) return;
    const el = document.querySelector(`[data-map="${mapId}"] [data-index="${cell}"]`);
    el?.setAttribute('data-linked', 'true');
    return () => el?.removeAttribute('data-linked');
  }, [mapId, cell]);
}
