import { expect, test } from '@playwright/test';
import { forward, matrixFromTensor, SEED_X, tensorFromMatrix, toRows } from '../../src/core';
import { reducer, seedState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { readMatrix } from './pageMaps';

const two = reducer(seedState(), { type: 'addBlock' });
const made = decisionNetwork(two);
if ('problem' in made) throw new Error('a network expected');
const outputs = forward(made.network, tensorFromMatrix(SEED_X));
const at = made.blocks[1]!;

test("a second block's maps are named conv2-K, relu2-K, pool2-K and hold the core's numbers", async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-action="add-block"]').click();
  for (let k = 0; k < 3; k++) {
    for (const [name, layer] of [
      ['conv', at.conv],
      ['relu', at.activation],
      ['pool', at.pool],
    ] as const) {
      const expected = toRows(matrixFromTensor(outputs[layer]!, k));
      expect(toRows(await readMatrix(page, `${name}2-${k}`)), `${name}2-${k}`).toEqual(expected);
    }
  }
  // The first block's maps keep their names.
  await expect(page.locator('[data-map="conv-0"]')).toHaveCount(1);
  await expect(page.locator('[data-map="pool-2"]')).toHaveCount(1);
});

test('pointing at a cell of block 2 shows each channel of block 1 and the total', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-action="add-block"]').click();
  await page.locator('[data-map="conv2-1"] [data-index="5"]').click();
  const panel = page.locator('[data-explain-block]');
  await expect(panel.locator('[data-channel]')).toHaveCount(3);
  const value = outputs[at.conv]!.data[16 + 5]!;
  await expect(panel).toContainText(`= ${value.toFixed(2)}`);
});

test('pointing at a cell of block 2 outlines what it is made of in block 1 and the picture', async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-action="add-block"]').click();
  await page.locator('[data-map="conv2-0"] [data-index="0"]').hover();
  const outlined = (map: string) =>
    page
      .locator(`[data-map="${map}"] [data-highlighted="true"]`)
      .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.index)));
  await expect.poll(() => outlined('pool-2')).toEqual([0, 1, 4, 5]);
  const square = (n: number, width: number) =>
    Array.from({ length: n * n }, (_, i) => Math.floor(i / n) * width + (i % n));
  expect(await outlined('conv-1')).toEqual(square(4, 7));
  expect(await outlined('input')).toEqual(square(6, 9));
});

test('blocks stack up to three, undo removes one, and a link keeps them', async ({ page }) => {
  await page.goto('/');
  const add = page.locator('[data-action="add-block"]');
  await add.click();
  await add.click();
  await expect(add).toBeDisabled();
  await expect(page.locator('[data-map="pool3-2"]')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(page.locator('[data-map="pool3-2"]')).toHaveCount(0);
  await expect(page.locator('[data-map="pool2-2"]')).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(page.locator('[data-map="pool3-2"]')).toHaveCount(1);
  // The link is written just after the edit: two blocks, joined by '~' (%7E).
  await expect(page).toHaveURL(/[#&]b=[^&]*%7E/);
  await page.reload();
  await expect(page.locator('[data-map="pool3-2"]')).toHaveCount(1);
});
