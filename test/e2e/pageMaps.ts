import type { Page } from '@playwright/test';
import { fromRows, runPipeline, type Matrix } from '../../src/core';

/** The full-precision values of a rendered map, from its cells' data-value, row-major. */
export async function readMap(page: Page, mapId: string): Promise<number[]> {
  return page
    .locator(`[data-map="${mapId}"] [data-value]`)
    .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
}

/** The input picture as the page shows it, as a Matrix (the input grid is square here). */
export async function readInput(page: Page, width = 9): Promise<Matrix> {
  const values = await readMap(page, 'input');
  const rows: number[][] = [];
  for (let i = 0; i < values.length; i += width) rows.push(values.slice(i, i + width));
  return fromRows(rows);
}

/** Every map id of the page's pipeline with the core's numbers for it. */
export function expectedMaps(input: Matrix, kernels: readonly Matrix[]): Map<string, number[]> {
  const maps = new Map<string, number[]>();
  runPipeline(input, kernels).forEach((r, k) => {
    maps.set(`kernel-${k}`, Array.from(kernels[k]!.data));
    maps.set(`conv-${k}`, Array.from(r.feature.map!.data));
    maps.set(`pool-${k}`, Array.from(r.pooled.map!.data));
    maps.set(`relu-${k}`, Array.from(r.activated.map!.data));
  });
  return maps;
}

/** A cell of the input grid, by row and column. */
export function pixel(page: Page, row: number, col: number, width = 9) {
  return page.locator(`[data-map="input"] [data-index="${row * width + col}"]`);
}
