import { expect, test } from '@playwright/test';
import { lossAndGradients, SEED_X, tensorFromMatrix } from '../../src/core';
import { seedState } from '../../src/state';
import { decisionNetwork } from '../../src/state/decisionNetwork';
import { formatSmall } from '../../src/present/format';
import { readMap } from './pageMaps';

const made = decisionNetwork(seedState());
if ('problem' in made) throw new Error('a network expected');
const asO = lossAndGradients(made.network, tensorFromMatrix(SEED_X), 1);
const conv = asO.gradients.layers[0]!;
if (conv.type !== 'conv2d') throw new Error('conv2d expected');

test("'Why would the weights move?' shows one step's gradients with the core's numbers", async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-action="show-gradients"]').click();
  await page.locator('[data-gradient-label="O"]').click();
  await expect(page.locator('[data-step-loss]')).toHaveAttribute(
    'data-step-loss',
    String(asO.loss),
  );
  for (let k = 0; k < 3; k++) {
    const expected = Array.from(conv.weight.subarray(k * 9, k * 9 + 9), (v) => -v + 0);
    expect(await readMap(page, `grad-kernel-${k}`)).toEqual(expected);
  }
  expect(await readMap(page, 'grad-input')).toEqual(
    Array.from(asO.inputGradient.data, (v) => -v + 0),
  );
  await page.locator('[data-map="grad-kernel-1"] [data-index="4"]').hover();
  const chain = page.locator('[data-weight-gradient]');
  await expect(chain).toContainText('the sum over 49 windows');
  await expect(chain).toContainText(`= ${formatSmall(conv.weight[9 + 4]!)}`);
});
