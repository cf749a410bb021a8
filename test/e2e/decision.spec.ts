import { expect, test, type Page } from '@playwright/test';
import { classify, SEED_NETWORK, SEED_O, SEED_X, tensorFromMatrix } from '../../src/core';

async function shares(page: Page): Promise<[string, number][]> {
  return page
    .locator('[data-decision] [data-class]')
    .evaluateAll((els) =>
      els.map((el) => [
        (el as HTMLElement).dataset.class!,
        Number((el as HTMLElement).dataset.probability),
      ]),
    );
}

test("the network decides: the seed's X is X, an O is O, with the core's probabilities", async ({
  page,
}) => {
  await page.goto('/');
  const decision = page.locator('[data-decision]');
  await expect(decision).toHaveAttribute('data-winner', 'X');
  const x = classify(SEED_NETWORK, tensorFromMatrix(SEED_X)).probabilities;
  expect(await shares(page)).toEqual([
    ['X', x[0]],
    ['O', x[1]],
  ]);
  await expect(decision).toContainText('X · 99.95 %');
  await expect(decision).toContainText('then O · 0.05 %');

  await page.locator('[data-preset="o"]').click();
  await expect(decision).toHaveAttribute('data-winner', 'O');
  const o = classify(SEED_NETWORK, tensorFromMatrix(SEED_O)).probabilities;
  expect(await shares(page)).toEqual([
    ['X', o[0]],
    ['O', o[1]],
  ]);

  // Kernels of different sizes make no single layer: the page says so instead of guessing.
  await page.locator('[data-kernel-controls="0"] select').nth(1).selectOption('5');
  await expect(decision).toHaveAttribute('data-winner', '');
  await expect(decision).toContainText('No decision: the kernels differ in size');
});

test('the page still fits 1280x720 with the decision in the header, down to the decision panel after the maps', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('[data-decision]')).toBeVisible();
  const [w, panelTop, mapsEnd, inputEnd] = await page.evaluate(() => {
    const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
    return [
      document.documentElement.scrollWidth,
      box('[data-decision-panel]').top,
      box('[data-action="add-kernel"]').bottom,
      box('.input-panel').bottom,
    ];
  });
  // The maps, "+ Kernel" and the picture's column fit the first screen; the decision panel
  // follows the maps and starts on it (what comes after it is below the first screen).
  expect(w).toBe(1280);
  expect(mapsEnd).toBeLessThanOrEqual(720);
  expect(inputEnd).toBeLessThanOrEqual(720);
  expect(panelTop).toBeGreaterThanOrEqual(mapsEnd);
  expect(panelTop).toBeLessThanOrEqual(720);
});
