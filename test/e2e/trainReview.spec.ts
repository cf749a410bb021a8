import { expect, test } from '@playwright/test';
import { SEED_NETWORK, toRows, matrixFromTensor } from '../../src/core';
import { reviewTest } from '../../src/train/testReview';
import { trainData } from '../../src/train/trainData';
import { DEFAULT_TRAIN_SETTINGS } from '../../src/train/trainSettings';
import { readMatrix } from './pageMaps';

const { seed, trainCount, testCount } = DEFAULT_TRAIN_SETTINGS;
const data = trainData(9, 9, seed, trainCount, testCount)!;
const review = reviewTest(SEED_NETWORK, data.test, 2);

test("the training card shows the seed network's confusion matrix, the test pictures it gets wrong, and the training set", async ({
  page,
}) => {
  await page.goto('/');
  await page.locator('[data-action="train-more"]').click();
  await expect(page.locator('[data-confusion]')).toHaveAttribute(
    'data-confusion',
    JSON.stringify(review.confusion),
  );
  await expect(page.locator('[data-wrong]')).toHaveAttribute(
    'data-wrong',
    String(review.wrong.length),
  );
  await expect(page.locator('.train-gallery li')).toHaveCount(24);
  await page.locator('[data-action="gallery-next"]').click();
  await expect(page.locator('[data-gallery-page]')).toHaveAttribute('data-gallery-page', '2');
  const first = review.wrong[0];
  if (first) {
    await page.locator(`[data-action="open-wrong"][data-test-index="${first.index}"]`).click();
    expect(toRows(await readMatrix(page, 'input'))).toEqual(
      toRows(matrixFromTensor(data.test[first.index]!.input)),
    );
  }
});
