import { expect, test } from '@playwright/test';
import { lossAndGradients, tensorFromMatrix } from '../../src/core';
import { encodeLink, seedState } from '../../src/state';
import { defaultBlock } from '../../src/state/block';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { readMap } from './pageMaps';

test("a later block's kernels show each slice's step, and a weight's gradient by the chain rule", async ({
  page,
}) => {
  const state = { ...seedState(), blocks: [defaultBlock(3)] };
  await page.goto(`/${encodeLink(state)}`);
  await expect(page.locator('[data-map="conv2-0"]')).toBeVisible();
  await expect(page.locator('[data-map^="grad-kernel2-"]')).toHaveCount(0);
  await page.locator('[data-action="toggle-gradients"]').click();
  await expect(page.locator('[data-map^="grad-kernel2-"]')).toHaveCount(9);
  const made = decisionNetwork(state);
  if (!('network' in made)) throw new Error('a network expected');
  const convAt = made.blocks[1]!.conv;
  // The class the picture is said to be: X, the gradients' default.
  const grads = lossAndGradients(made.network, tensorFromMatrix(state.input), 0).gradients.layers[
    convAt
  ]!;
  if (grads.type !== 'conv2d') throw new Error('conv2d expected');
  const slice = (k: number, c: number) =>
    Array.from(grads.weight.subarray((k * 3 + c) * 9, (k * 3 + c + 1) * 9), (v) => -v + 0);
  expect(await readMap(page, 'grad-kernel2-1-2')).toEqual(slice(1, 2));
  expect(await readMap(page, 'grad-kernel2-0-0')).toEqual(slice(0, 0));
  await page.locator('[data-map="grad-kernel2-1-2"] [data-index="4"]').hover();
  const box = page.locator('[data-later-steps="2-1"] [data-weight-gradient]');
  await expect(box).toContainText('Block 2, kernel 2, slice 3, weight at row 2, column 2');
  await expect(box).toContainText("the block before's map 3");
  await expect(box).toContainText('÷ 27');
  await expect(box).toContainText('SGD with learning rate 0.1');
});
