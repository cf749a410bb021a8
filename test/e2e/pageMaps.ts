import { expect, type Page } from '@playwright/test';
import {
  fromRows,
  runPipeline,
  SEED_CONFIG,
  type Matrix,
  type PipelineConfig,
} from '../../src/core';

/** The full-precision values of a rendered map, from its cells' data-value, row-major. */
export async function readMap(page: Page, mapId: string): Promise<number[]> {
  return page
    .locator(`[data-map="${mapId}"] [data-value]`)
    .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.value)));
}

/** A rendered map as a Matrix: its shape from the grid's --rows/--cols, values from cells. */
export async function readMatrix(page: Page, mapId: string): Promise<Matrix> {
  const root = page.locator(`[data-map="${mapId}"]`);
  const [rows, cols] = await root.evaluate((el) => [
    Number((el as HTMLElement).style.getPropertyValue('--rows')),
    Number((el as HTMLElement).style.getPropertyValue('--cols')),
  ]);
  const values = await readMap(page, mapId);
  expect(values.length, `${mapId}: one data-value per cell`).toBe(rows! * cols!);
  return fromRows(
    Array.from({ length: rows! }, (_, r) => values.slice(r * cols!, (r + 1) * cols!)),
  );
}

/** The input picture as the page shows it. */
export async function readInput(page: Page): Promise<Matrix> {
  return readMatrix(page, 'input');
}

/** The kernels as the page shows them. */
export async function readKernels(page: Page): Promise<Matrix[]> {
  const count = await page.locator('[data-map^="kernel-"]').count();
  return Promise.all(Array.from({ length: count }, (_, k) => readMatrix(page, `kernel-${k}`)));
}

/** Every map id of the page's pipeline with the core's numbers for it. */
export function expectedMaps(
  input: Matrix,
  kernels: readonly Matrix[],
  config: PipelineConfig = SEED_CONFIG,
): Map<string, number[] | null> {
  const maps = new Map<string, number[] | null>();
  runPipeline(input, kernels, config).forEach((r, k) => {
    maps.set(`kernel-${k}`, Array.from(kernels[k]!.data));
    maps.set(`conv-${k}`, r.feature.map && Array.from(r.feature.map.data));
    maps.set(`pool-${k}`, r.pooled.map && Array.from(r.pooled.map.data));
    maps.set(`relu-${k}`, r.activated.map && Array.from(r.activated.map.data));
  });
  return maps;
}

/**
 * Every map on the page equals the core's result for the page's own input and kernels under
 * `config`, within 1e-12; a stage with no output has no map on the page either.
 */
export async function expectPageMatchesCore(page: Page, config: PipelineConfig = SEED_CONFIG) {
  const input = await readInput(page);
  const kernels = await readKernels(page);
  for (const [id, expected] of expectedMaps(input, kernels, config)) {
    if (expected === null) {
      await expect(page.locator(`[data-map="${id}"]`), `${id} has no map`).toHaveCount(0);
      continue;
    }
    const actual = await readMap(page, id);
    expect(actual.length, `${id}: cell count`).toBe(expected.length);
    actual.forEach((v, i) =>
      expect(
        Math.abs(v - expected[i]!),
        `${id}[${i}] = ${v}, expected ${expected[i]}`,
      ).toBeLessThanOrEqual(1e-12),
    );
  }
}

/** A cell of the input grid, by row and column. */
export function pixel(page: Page, row: number, col: number, width = 9) {
  return page.locator(`[data-map="input"] [data-index="${row * width + col}"]`);
}
